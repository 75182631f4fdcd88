//! The T-SQL statements the engine sends to an Azure SQL database, built from quoted names and
//! literals only. Pure functions: their text is tested without a server (none can be installed
//! where the tests run).

use super::quote::{ident, literal};
use crate::{Entra, Error, Secret};

/// `CREATE USER [name] WITH PASSWORD = N'...'`: a contained user with a password.
pub(crate) fn create_user(name: &str, password: &Secret) -> Result<String, Error> {
    Ok(format!(
        "CREATE USER {} WITH PASSWORD = {}",
        ident("user", name)?,
        literal("password", password.expose())?
    ))
}

/// `ALTER USER [name] WITH PASSWORD = N'...'`.
pub(crate) fn set_password(name: &str, password: &Secret) -> Result<String, Error> {
    Ok(format!(
        "ALTER USER {} WITH PASSWORD = {}",
        ident("user", name)?,
        literal("password", password.expose())?
    ))
}

/// `CREATE USER [name] FROM EXTERNAL PROVIDER [WITH OBJECT_ID = '...']`. Without an object ID
/// Azure SQL looks the principal up by the user's name, so a user named other than its Entra
/// principal needs one.
pub(crate) fn create_entra_user(name: &str, entra: &Entra) -> Result<String, Error> {
    let mut sql = format!(
        "CREATE USER {} FROM EXTERNAL PROVIDER",
        ident("user", name)?
    );
    match &entra.object_id {
        // A GUID (checked when the spec was read, and again here): plain ASCII, as the
        // documentation writes it, with no character that needs quoting.
        Some(oid) if oid.chars().all(|c| c.is_ascii_hexdigit() || c == '-') => {
            sql.push_str(&format!(" WITH OBJECT_ID = '{oid}'"))
        }
        Some(oid) => {
            return Err(Error::invalid(format!("object ID {oid:?} is not a GUID")));
        }
        None if entra.principal != name => {
            return Err(Error::invalid(format!(
                "user {name:?}: an Entra user named other than its principal {:?} needs spec.aadUser.objectId \
                 (Azure SQL finds the principal by the user's name otherwise)",
                entra.principal
            )));
        }
        None => {}
    }
    Ok(sql)
}

/// `ALTER ROLE [role] ADD MEMBER [name]`.
pub(crate) fn add_member(role: &str, name: &str) -> Result<String, Error> {
    Ok(format!(
        "ALTER ROLE {} ADD MEMBER {}",
        ident("role", role)?,
        ident("user", name)?
    ))
}

/// `ALTER ROLE [role] DROP MEMBER [name]`.
pub(crate) fn drop_member(role: &str, name: &str) -> Result<String, Error> {
    Ok(format!(
        "ALTER ROLE {} DROP MEMBER {}",
        ident("role", role)?,
        ident("user", name)?
    ))
}

/// `DROP USER IF EXISTS [name]`.
pub(crate) fn drop_user(name: &str) -> Result<String, Error> {
    Ok(format!("DROP USER IF EXISTS {}", ident("user", name)?))
}

/// Whether the user exists (parameter: name).
pub(crate) const USER_EXISTS: &str =
    "SELECT COUNT(*) FROM sys.database_principals WHERE name = @P1 AND type IN ('S', 'E', 'X')";

/// The database roles of the user (parameter: name).
pub(crate) const READ_ROLES: &str = "SELECT r.name FROM sys.database_role_members rm \
     JOIN sys.database_principals r ON rm.role_principal_id = r.principal_id \
     JOIN sys.database_principals m ON rm.member_principal_id = m.principal_id WHERE m.name = @P1";

#[cfg(test)]
mod tests {
    use super::*;

    fn entra(principal: &str, object_id: Option<&str>) -> Entra {
        Entra {
            principal: principal.into(),
            object_id: object_id.map(Into::into),
            principal_type: None,
            client_id: None,
        }
    }

    #[test]
    fn statements() {
        let p = Secret::new("pa'ss]word");
        insta::assert_snapshot!(
            [
                create_user("app", &p).unwrap(),
                set_password("a]pp", &p).unwrap(),
                create_entra_user("my-identity", &entra("my-identity", None)).unwrap(),
                create_entra_user("short", &entra("long@contoso.com", Some("0b1f3c2e-1234-4abc-9def-0123456789ab"))).unwrap(),
                add_member("db_datareader", "app").unwrap(),
                drop_member("db_owner", "app").unwrap(),
                drop_user("x]; DROP TABLE t; --").unwrap(),
            ]
            .join("\n"),
            @r"
        CREATE USER [app] WITH PASSWORD = N'pa''ss]word'
        ALTER USER [a]]pp] WITH PASSWORD = N'pa''ss]word'
        CREATE USER [my-identity] FROM EXTERNAL PROVIDER
        CREATE USER [short] FROM EXTERNAL PROVIDER WITH OBJECT_ID = '0b1f3c2e-1234-4abc-9def-0123456789ab'
        ALTER ROLE [db_datareader] ADD MEMBER [app]
        ALTER ROLE [db_owner] DROP MEMBER [app]
        DROP USER IF EXISTS [x]]; DROP TABLE t; --]
        "
        );
    }

    #[test]
    fn object_ids_must_be_guids() {
        let e = create_entra_user("x", &entra("x", Some("1' OR '1'='1"))).unwrap_err();
        assert!(e.message.contains("is not a GUID"), "{e}");
    }

    #[test]
    fn an_alias_without_object_id_is_refused() {
        let e = create_entra_user("short", &entra("long@contoso.com", None)).unwrap_err();
        assert!(e.message.contains("needs spec.aadUser.objectId"), "{e}");
    }
}
