//! The MySQL statements the engine sends, built from quoted names, quoted literals and the
//! privilege table's keywords only. Pure functions: their text is tested without a server.

use super::quote::{account, database_target, literal, stored_database_target};
use crate::desired::Entra;
use crate::{Error, Secret};

/// How string literals are quoted in the session (its SQL mode).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Dialect {
    pub backslash_escapes: bool,
}

impl Dialect {
    /// From `@@SESSION.sql_mode`.
    pub(crate) fn from_sql_mode(mode: &str) -> Dialect {
        let no_escapes = mode
            .split(',')
            .any(|m| m.trim().eq_ignore_ascii_case("NO_BACKSLASH_ESCAPES"));
        Dialect {
            backslash_escapes: !no_escapes,
        }
    }

    fn literal(&self, what: &str, value: &str) -> Result<String, Error> {
        literal(what, value, self.backslash_escapes)
    }

    /// `CREATE USER `u`@`h` IDENTIFIED BY '...'`.
    pub(crate) fn create_user(
        &self,
        user: &str,
        host: &str,
        password: &Secret,
    ) -> Result<String, Error> {
        self.identified_by("CREATE USER", user, host, password)
    }

    /// `ALTER USER `u`@`h` IDENTIFIED BY '...'`.
    pub(crate) fn set_password(
        &self,
        user: &str,
        host: &str,
        password: &Secret,
    ) -> Result<String, Error> {
        self.identified_by("ALTER USER", user, host, password)
    }

    fn identified_by(
        &self,
        verb: &str,
        user: &str,
        host: &str,
        password: &Secret,
    ) -> Result<String, Error> {
        Ok(format!(
            "{verb} {} IDENTIFIED BY {}",
            account(user, host)?,
            self.literal("password", password.expose())?
        ))
    }

    /// Azure's `CREATE AADUSER IF NOT EXISTS 'entra name' [AS 'alias']` (ASO's statement), or,
    /// for a managed identity given by client ID, `CREATE AADUSER IF NOT EXISTS 'name'
    /// IDENTIFIED BY 'client id'` (Azure's form for managed identities: the account is `name`,
    /// bound to the identity whatever its display name).
    pub(crate) fn create_aad_user(&self, name: &str, entra: &Entra) -> Result<String, Error> {
        if let Some(client_id) = &entra.client_id {
            return Ok(format!(
                "CREATE AADUSER IF NOT EXISTS {} IDENTIFIED BY {}",
                self.literal("user name", name)?,
                self.literal("client ID", client_id)?
            ));
        }
        let mut sql = format!(
            "CREATE AADUSER IF NOT EXISTS {}",
            self.literal("Entra name", &entra.principal)?
        );
        if entra.principal != name {
            sql.push_str(&format!(" AS {}", self.literal("alias", name)?));
        }
        Ok(sql)
    }
}

/// Where a grant applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Target<'a> {
    /// `*.*`
    Server,
    /// `` `db`.* `` for the database with this exact name (wildcards escaped).
    Database(&'a str),
    /// `` `stored`.* `` as `mysql.db` records it (revoking what is there, as it is written).
    Stored(&'a str),
}

impl Target<'_> {
    fn render(&self) -> Result<String, Error> {
        Ok(match self {
            Target::Server => "*.*".to_string(),
            Target::Database(name) => database_target(name)?.0,
            Target::Stored(stored) => stored_database_target(stored),
        })
    }
}

/// `GRANT p1, p2 ON target TO `u`@`h``.
pub(crate) fn grant(
    privileges: &[&str],
    target: &Target,
    user: &str,
    host: &str,
) -> Result<String, Error> {
    Ok(format!(
        "GRANT {} ON {} TO {}",
        privileges.join(", "),
        target.render()?,
        account(user, host)?
    ))
}

/// `REVOKE p1, p2 ON target FROM `u`@`h``.
pub(crate) fn revoke(
    privileges: &[&str],
    target: &Target,
    user: &str,
    host: &str,
) -> Result<String, Error> {
    Ok(format!(
        "REVOKE {} ON {} FROM {}",
        privileges.join(", "),
        target.render()?,
        account(user, host)?
    ))
}

/// `DROP USER IF EXISTS `u`@`h``.
pub(crate) fn drop_user(user: &str, host: &str) -> Result<String, Error> {
    Ok(format!("DROP USER IF EXISTS {}", account(user, host)?))
}

/// Whether the account exists (parameters: user, host).
pub(crate) const USER_EXISTS: &str = "SELECT COUNT(*) FROM mysql.user WHERE User = ? AND Host = ?";

/// The account's server-level privilege columns (parameters: user, host).
pub(crate) fn read_server_privileges() -> String {
    format!(
        "SELECT {} FROM mysql.user WHERE User = ? AND Host = ?",
        super::privileges::columns(super::privileges::Level::Server)
    )
}

/// The account's database-level privilege columns, per stored database pattern.
pub(crate) fn read_database_privileges() -> String {
    format!(
        "SELECT Db, {} FROM mysql.db WHERE User = ? AND Host = ?",
        super::privileges::columns(super::privileges::Level::Database)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entra(principal: &str, client_id: Option<&str>) -> Entra {
        Entra {
            principal: principal.into(),
            object_id: None,
            principal_type: None,
            client_id: client_id.map(Into::into),
        }
    }

    #[test]
    fn statements() {
        let d = Dialect::from_sql_mode("STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO");
        let raw = Dialect::from_sql_mode("ANSI_QUOTES,NO_BACKSLASH_ESCAPES");
        let p = Secret::new(r"pa'ss\word");
        insta::assert_snapshot!(
            [
                d.create_user("app", "%", &p).unwrap(),
                raw.set_password("app", "10.0.0.%", &p).unwrap(),
                d.create_aad_user("my-identity", &entra("my-identity", None)).unwrap(),
                d.create_aad_user("short", &entra("a.very.long.name@contoso.onmicrosoft.com", None)).unwrap(),
                d.create_aad_user("app-identity", &entra("app-identity", Some("0b1f3c2e-1234-4abc-9def-0123456789ab"))).unwrap(),
                d.create_aad_user("short", &entra("a-long-identity-name", Some("0b1f3c2e-1234-4abc-9def-0123456789ab"))).unwrap(),
                grant(&["RELOAD", "PROCESS"], &Target::Server, "app", "%").unwrap(),
                grant(&["SELECT"], &Target::Database("app_db"), "ap`p", "%").unwrap(),
                revoke(&["SELECT", "INSERT"], &Target::Stored("old\\_db"), "app", "%").unwrap(),
                drop_user("x'; DROP DATABASE y; --", "%").unwrap(),
            ]
            .join("\n"),
            @r"
        CREATE USER `app`@`%` IDENTIFIED BY 'pa''ss\\word'
        ALTER USER `app`@`10.0.0.%` IDENTIFIED BY 'pa''ss\word'
        CREATE AADUSER IF NOT EXISTS 'my-identity'
        CREATE AADUSER IF NOT EXISTS 'a.very.long.name@contoso.onmicrosoft.com' AS 'short'
        CREATE AADUSER IF NOT EXISTS 'app-identity' IDENTIFIED BY '0b1f3c2e-1234-4abc-9def-0123456789ab'
        CREATE AADUSER IF NOT EXISTS 'short' IDENTIFIED BY '0b1f3c2e-1234-4abc-9def-0123456789ab'
        GRANT RELOAD, PROCESS ON *.* TO `app`@`%`
        GRANT SELECT ON `app\_db`.* TO `ap``p`@`%`
        REVOKE SELECT, INSERT ON `old\_db`.* FROM `app`@`%`
        DROP USER IF EXISTS `x'; DROP DATABASE y; --`@`%`
        "
        );
    }
}
