//! The PostgreSQL statements the engine sends, built from quoted names and fixed keywords only.
//! Pure functions: their text is tested without a server.

use super::quote::{ident, literal};
use crate::{Error, RoleOptions};

/// A role option: its keyword, its negation, and where [`RoleOptions`] holds it.
pub(crate) type RoleOption = (&'static str, &'static str, fn(&RoleOptions) -> bool);

/// Each role option, in `CREATE ROLE`'s order.
pub(crate) const OPTIONS: [RoleOption; 4] = [
    ("LOGIN", "NOLOGIN", |o| o.login),
    ("CREATEROLE", "NOCREATEROLE", |o| o.create_role),
    ("CREATEDB", "NOCREATEDB", |o| o.create_db),
    ("REPLICATION", "NOREPLICATION", |o| o.replication),
];

/// The keywords setting every option to `options`.
pub(crate) fn option_keywords(options: &RoleOptions) -> Vec<&'static str> {
    OPTIONS
        .iter()
        .map(|(yes, no, get)| if get(options) { *yes } else { *no })
        .collect()
}

/// `CREATE ROLE "name" WITH LOGIN ... [PASSWORD '<verifier>']`.
pub(crate) fn create_role(
    name: &str,
    options: &RoleOptions,
    verifier: Option<&str>,
) -> Result<String, Error> {
    let mut sql = format!(
        "CREATE ROLE {} WITH {}",
        ident("role", name)?,
        option_keywords(options).join(" ")
    );
    if let Some(v) = verifier {
        sql.push_str(&format!(" PASSWORD {}", literal("password", v)?));
    }
    Ok(sql)
}

/// `ALTER ROLE "name" WITH <keywords>`.
pub(crate) fn alter_options(name: &str, keywords: &[&str]) -> Result<String, Error> {
    Ok(format!(
        "ALTER ROLE {} WITH {}",
        ident("role", name)?,
        keywords.join(" ")
    ))
}

/// `ALTER ROLE "name" WITH PASSWORD '<verifier>'`.
pub(crate) fn set_password(name: &str, verifier: &str) -> Result<String, Error> {
    Ok(format!(
        "ALTER ROLE {} WITH PASSWORD {}",
        ident("role", name)?,
        literal("password", verifier)?
    ))
}

/// `GRANT "role" TO "name"`.
pub(crate) fn grant_role(role: &str, name: &str) -> Result<String, Error> {
    Ok(format!(
        "GRANT {} TO {}",
        ident("role", role)?,
        ident("role", name)?
    ))
}

/// `REVOKE "role" FROM "name"`.
pub(crate) fn revoke_role(role: &str, name: &str) -> Result<String, Error> {
    Ok(format!(
        "REVOKE {} FROM {}",
        ident("role", role)?,
        ident("role", name)?
    ))
}

/// `DROP ROLE IF EXISTS "name"`.
pub(crate) fn drop_role(name: &str) -> Result<String, Error> {
    Ok(format!("DROP ROLE IF EXISTS {}", ident("role", name)?))
}

/// Azure's functions for Entra roles, called with bound parameters.
pub(crate) const CREATE_PRINCIPAL: &str = "SELECT pgaadauth_create_principal($1, false, false)";
pub(crate) const CREATE_PRINCIPAL_WITH_OID: &str =
    "SELECT pgaadauth_create_principal_with_oid($1, $2, $3, false, false)";

/// The role's attributes, or no row when it does not exist.
pub(crate) const READ_ROLE: &str = "SELECT rolcanlogin, rolcreaterole, rolcreatedb, rolreplication \
     FROM pg_catalog.pg_roles WHERE rolname = $1";

/// The roles the role is a member of.
pub(crate) const READ_MEMBERSHIPS: &str = "SELECT DISTINCT r.rolname FROM pg_catalog.pg_auth_members m \
     JOIN pg_catalog.pg_roles r ON r.oid = m.roleid \
     JOIN pg_catalog.pg_roles u ON u.oid = m.member WHERE u.rolname = $1";

#[cfg(test)]
mod tests {
    use super::*;

    const OPTS: RoleOptions = RoleOptions {
        login: true,
        create_role: false,
        create_db: true,
        replication: false,
    };

    #[test]
    fn statements() {
        insta::assert_snapshot!(
            [
                create_role("app", &OPTS, Some("SCRAM-SHA-256$4096:c2FsdA==$a:b")).unwrap(),
                create_role("Ünïcode \"quoted\"", &OPTS, None).unwrap(),
                alter_options("app", &["NOLOGIN", "CREATEDB"]).unwrap(),
                set_password("app", "SCRAM-SHA-256$4096:c2FsdA==$a:b").unwrap(),
                grant_role("azure_pg_admin", "a;b").unwrap(),
                revoke_role("Reader", "app").unwrap(),
                drop_role("x\"; DROP TABLE t; --").unwrap(),
            ]
            .join("\n"),
            @r#"
        CREATE ROLE "app" WITH LOGIN NOCREATEROLE CREATEDB NOREPLICATION PASSWORD 'SCRAM-SHA-256$4096:c2FsdA==$a:b'
        CREATE ROLE "Ünïcode ""quoted""" WITH LOGIN NOCREATEROLE CREATEDB NOREPLICATION
        ALTER ROLE "app" WITH NOLOGIN CREATEDB
        ALTER ROLE "app" WITH PASSWORD 'SCRAM-SHA-256$4096:c2FsdA==$a:b'
        GRANT "azure_pg_admin" TO "a;b"
        REVOKE "Reader" FROM "app"
        DROP ROLE IF EXISTS "x""; DROP TABLE t; --"
        "#
        );
    }

    #[test]
    fn names_postgres_cannot_hold_are_refused_before_any_statement() {
        let e = grant_role(&"r".repeat(64), "app").unwrap_err();
        assert!(e.message.starts_with("role \"rrrr"), "{e}");
    }
}
