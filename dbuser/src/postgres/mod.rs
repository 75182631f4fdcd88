//! PostgreSQL flexible server: roles, role options and role memberships.
//!
//! Local users get a SCRAM-SHA-256 verifier computed here (`ALTER ROLE ... PASSWORD
//! 'SCRAM-SHA-256$...'`), so the plain password never reaches the server or its statement log.
//! Entra users are created by Azure's `pgaadauth_create_principal[_with_oid]` with bound
//! parameters.

mod connect;
pub mod quote;
pub(crate) mod statements;

use std::collections::BTreeSet;

use tokio_postgres::Client;

use crate::api::PrincipalType;
use crate::plan::diff;
use crate::report::{Action, Change, Report};
use crate::{Entra, Error, Login, PostgresUser, RoleOptions, Secret, Server};

pub(crate) use connect::classify;

pub(crate) async fn reconcile(user: &PostgresUser, server: &Server) -> Result<Report, Error> {
    check_names(user)?;
    let client = connect::connect(server).await?;
    let mut report = Report::default();
    let name = &user.name;
    let existing = read_options(&client, name).await?;
    let current = match (existing, &user.login) {
        (Some(options), Login::Password(password)) => {
            let verifier = verifier(password);
            run(
                &client,
                &statements::set_password(name, &verifier)?,
                Some(password),
            )
            .await?;
            report.password_set = true;
            options
        }
        (Some(options), Login::Entra(_)) => options,
        (None, Login::Password(password)) => {
            let verifier = verifier(password);
            let sql = statements::create_role(name, &user.options, Some(&verifier))?;
            run(&client, &sql, Some(password)).await?;
            report.password_set = true;
            report
                .changes
                .push(Change::created(format!("role {name:?}")));
            user.options
        }
        (None, Login::Entra(entra)) => {
            create_principal(&client, name, entra).await?;
            report
                .changes
                .push(Change::created(format!("role {name:?}")));
            read_options(&client, name).await?.ok_or_else(|| {
                Error::new(
                    crate::ErrorClass::Server,
                    format!("role {name:?} does not exist after pgaadauth created it"),
                )
            })?
        }
    };
    let (keywords, changes) = option_changes(&current, &user.options);
    if !keywords.is_empty() {
        run(&client, &statements::alter_options(name, &keywords)?, None).await?;
        report.changes.extend(changes);
    }
    let roles = read_memberships(&client, name).await?;
    let roles = diff(&roles, &user.roles);
    for role in &roles.grant {
        run(&client, &statements::grant_role(role, name)?, None).await?;
        report.changes.push(Change::membership(Action::Grant, role));
    }
    for role in &roles.revoke {
        run(&client, &statements::revoke_role(role, name)?, None).await?;
        report
            .changes
            .push(Change::membership(Action::Revoke, role));
    }
    Ok(report)
}

pub(crate) async fn delete(name: &str, server: &Server) -> Result<bool, Error> {
    let sql = statements::drop_role(name)?;
    let client = connect::connect(server).await?;
    let existed = read_options(&client, name).await?.is_some();
    run(&client, &sql, None).await?;
    Ok(existed)
}

/// Every name is checked before the first statement, so a bad one fails the reconcile whole
/// instead of half-way.
fn check_names(user: &PostgresUser) -> Result<(), Error> {
    quote::ident("role", &user.name)?;
    for role in &user.roles {
        quote::ident("role", role)?;
    }
    if let Login::Password(p) = &user.login {
        quote::literal("password", p.expose())?;
    }
    Ok(())
}

/// The SCRAM-SHA-256 verifier PostgreSQL stores for `password` (fresh salt each time).
fn verifier(password: &Secret) -> String {
    postgres_protocol::password::scram_sha_256(password.expose().as_bytes())
}

/// The option keywords that bring `current` to `desired`, and the changes they make.
pub(crate) fn option_changes(
    current: &RoleOptions,
    desired: &RoleOptions,
) -> (Vec<&'static str>, Vec<Change>) {
    statements::OPTIONS
        .iter()
        .filter(|(_, _, get)| get(current) != get(desired))
        .map(|(yes, no, get)| {
            let (keyword, action) = if get(desired) {
                (*yes, Action::Grant)
            } else {
                (*no, Action::Revoke)
            };
            let what = format!("role option {yes}");
            (keyword, Change { action, what })
        })
        .unzip()
}

async fn create_principal(client: &Client, name: &str, entra: &Entra) -> Result<(), Error> {
    let doing = || format!("creating Entra role {name:?}");
    match (&entra.object_id, entra.principal_type) {
        (Some(oid), Some(kind)) => {
            let kind = match kind {
                PrincipalType::User => "user",
                PrincipalType::Group => "group",
                PrincipalType::ServicePrincipal => "service",
            };
            client
                .execute(statements::CREATE_PRINCIPAL_WITH_OID, &[&name, oid, &kind])
                .await
        }
        (None, _) => client.execute(statements::CREATE_PRINCIPAL, &[&name]).await,
        (Some(_), None) => {
            return Err(Error::invalid(format!(
                "{}: an object ID needs its principalType",
                doing()
            )));
        }
    }
    .map_err(|e| classify(&e).context(doing()))?;
    Ok(())
}

async fn read_options(client: &Client, name: &str) -> Result<Option<RoleOptions>, Error> {
    let row = client
        .query_opt(statements::READ_ROLE, &[&name])
        .await
        .map_err(|e| classify(&e).context(format!("reading role {name:?}")))?;
    Ok(row.map(|r| RoleOptions {
        login: r.get(0),
        create_role: r.get(1),
        create_db: r.get(2),
        replication: r.get(3),
    }))
}

async fn read_memberships(client: &Client, name: &str) -> Result<BTreeSet<String>, Error> {
    let rows = client
        .query(statements::READ_MEMBERSHIPS, &[&name])
        .await
        .map_err(|e| classify(&e).context(format!("reading the roles of {name:?}")))?;
    Ok(rows.iter().map(|r| r.get(0)).collect())
}

/// Runs one statement; see [`crate::error::statement_error`].
async fn run(client: &Client, sql: &str, secret: Option<&Secret>) -> Result<(), Error> {
    client.batch_execute(sql).await.map_err(|e| {
        crate::error::statement_error(classify(&e), sql, secret.map(|s| (s, " PASSWORD ")))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn option_changes_name_the_keywords_to_set() {
        let current = RoleOptions {
            login: true,
            create_role: false,
            create_db: false,
            replication: true,
        };
        let desired = RoleOptions {
            login: false,
            create_role: false,
            create_db: true,
            replication: true,
        };
        let (keywords, changes) = option_changes(&current, &desired);
        assert_eq!(keywords, ["NOLOGIN", "CREATEDB"]);
        let changes: Vec<String> = changes.iter().map(ToString::to_string).collect();
        assert_eq!(
            changes,
            ["revoked role option LOGIN", "granted role option CREATEDB"]
        );
        assert!(option_changes(&desired, &desired).0.is_empty());
    }

    #[test]
    fn verifiers_are_scram_and_salted() {
        let p = Secret::new("pa'ss");
        let (a, b) = (verifier(&p), verifier(&p));
        assert!(a.starts_with("SCRAM-SHA-256$4096:"), "{a}");
        assert_ne!(a, b);
        assert!(!a.contains("pa'ss"));
    }
}
