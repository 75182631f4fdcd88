//! Azure SQL Database: contained users and their database roles.
//!
//! No SQL Server can be installed where the tests run: statement text, quoting, name checks,
//! the choice of login and the connect attempt are tested; the statements' effect on a real
//! server is not (see the crate README).

mod connect;
pub mod quote;
pub(crate) mod statements;

use std::collections::BTreeSet;

use crate::plan::diff;
use crate::report::{Action, Change, Report};
use crate::{Error, Login, Secret, Server, SqlUser};
use connect::Connection;

pub(crate) use connect::classify;

pub(crate) async fn reconcile(user: &SqlUser, server: &Server) -> Result<Report, Error> {
    let name = user.name.as_str();
    // Every name is checked (and the creating statement built) before the first statement.
    for role in &user.roles {
        quote::ident("role", role)?;
    }
    let create = match &user.login {
        Login::Password(p) => statements::create_user(name, p)?,
        Login::Entra(entra) => statements::create_entra_user(name, entra)?,
    };
    let mut client = connect::connect(server).await?;
    let mut report = Report::default();
    let exists = count(&mut client, statements::USER_EXISTS, name).await? > 0;
    match (&user.login, exists) {
        (Login::Password(p), false) => {
            run(&mut client, &create, Some(p)).await?;
            report.password_set = true;
            report
                .changes
                .push(Change::created(format!("user {name:?}")));
        }
        (Login::Password(p), true) => {
            run(&mut client, &statements::set_password(name, p)?, Some(p)).await?;
            report.password_set = true;
        }
        (Login::Entra(_), false) => {
            run(&mut client, &create, None).await?;
            report
                .changes
                .push(Change::created(format!("user {name:?}")));
        }
        (Login::Entra(_), true) => {}
    }
    let current = roles(&mut client, name).await?;
    let roles = diff(&current, &user.roles);
    for role in &roles.grant {
        run(&mut client, &statements::add_member(role, name)?, None).await?;
        report.changes.push(Change::membership(Action::Grant, role));
    }
    for role in &roles.revoke {
        run(&mut client, &statements::drop_member(role, name)?, None).await?;
        report
            .changes
            .push(Change::membership(Action::Revoke, role));
    }
    Ok(report)
}

pub(crate) async fn delete(name: &str, server: &Server) -> Result<bool, Error> {
    let sql = statements::drop_user(name)?;
    let mut client = connect::connect(server).await?;
    let existed = count(&mut client, statements::USER_EXISTS, name).await? > 0;
    run(&mut client, &sql, None).await?;
    Ok(existed)
}

async fn count(client: &mut Connection, sql: &str, name: &str) -> Result<i32, Error> {
    let row = client
        .query(sql, &[&name])
        .await
        .map_err(|e| classify(&e).context(sql.to_string()))?
        .into_row()
        .await
        .map_err(|e| classify(&e).context(sql.to_string()))?;
    Ok(row.and_then(|r| r.get::<i32, _>(0)).unwrap_or(0))
}

async fn roles(client: &mut Connection, name: &str) -> Result<BTreeSet<String>, Error> {
    let rows = client
        .query(statements::READ_ROLES, &[&name])
        .await
        .map_err(|e| classify(&e).context(format!("reading the roles of {name:?}")))?
        .into_first_result()
        .await
        .map_err(|e| classify(&e).context(format!("reading the roles of {name:?}")))?;
    Ok(rows
        .iter()
        .filter_map(|r| r.get::<&str, _>(0).map(str::to_string))
        .collect())
}

/// Runs one statement; see [`crate::error::statement_error`].
async fn run(client: &mut Connection, sql: &str, secret: Option<&Secret>) -> Result<(), Error> {
    let result = client.execute(sql, &[]).await;
    result.map(|_| ()).map_err(|e| {
        crate::error::statement_error(classify(&e), sql, secret.map(|s| (s, " WITH PASSWORD")))
    })
}
