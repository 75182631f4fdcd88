//! MySQL flexible server: accounts, server-level and database-level privileges.
//!
//! State is read from `mysql.user` and `mysql.db` with bound parameters; statements are built by
//! `statements` from quoted names and the privilege table's keywords. Database names are
//! escaped for grants (`_` and `%` are wildcards there) and compared as the server stores them
//! (lower-cased where `lower_case_table_names` is set, as on Azure).

mod connect;
pub(crate) mod privileges;
pub mod quote;
pub(crate) mod statements;

use std::collections::{BTreeMap, BTreeSet};

use mysql_async::prelude::Queryable;
use mysql_async::{Conn, Row};

use crate::plan::diff;
use crate::report::{Action, Change, Report};
use crate::{Error, ErrorClass, Login, MySqlUser, Secret, Server};
use privileges::Level;
use statements::Target;

pub(crate) use connect::classify;

/// One database's wanted privileges, keyed by the name as `mysql.db` stores it.
struct DatabaseGrants {
    name: String,
    privileges: BTreeSet<&'static str>,
}

pub(crate) async fn reconcile(user: &MySqlUser, server: &Server) -> Result<Report, Error> {
    let (name, host) = (user.name.as_str(), user.host.as_str());
    // Every name and privilege is checked before the first statement.
    quote::account(name, host)?;
    let server_privileges = privileges::normalise("privileges", &user.privileges, Level::Server)?;
    let mut databases = Vec::new();
    for (db, listed) in &user.database_privileges {
        let (_, stored) = quote::database_target(db)?;
        let field = format!("databasePrivileges[{db:?}]");
        let privileges = privileges::normalise(&field, listed, Level::Database)?;
        databases.push((stored, db.clone(), privileges));
    }
    let (mut conn, dialect) = connect::connect(server).await?;
    let lower_case: u32 = query_one(&mut conn, "SELECT @@lower_case_table_names", ()).await?;
    let wanted: BTreeMap<String, DatabaseGrants> = databases
        .into_iter()
        .map(|(stored, name, privileges)| {
            let key = if lower_case != 0 {
                stored.to_lowercase()
            } else {
                stored
            };
            (key, DatabaseGrants { name, privileges })
        })
        .collect();

    let mut report = Report::default();
    let exists: u64 = query_one(&mut conn, statements::USER_EXISTS, (name, host)).await?;
    match (exists > 0, &user.login) {
        (false, Login::Password(password)) => {
            let sql = dialect.create_user(name, host, password)?;
            run(&mut conn, &sql, Some(password)).await?;
            report.password_set = true;
            report
                .changes
                .push(Change::created(format!("user {name:?}@{host:?}")));
        }
        (true, Login::Password(password)) => {
            let sql = dialect.set_password(name, host, password)?;
            run(&mut conn, &sql, Some(password)).await?;
            report.password_set = true;
        }
        (false, Login::Entra(entra)) => {
            let sql = dialect.create_aad_user(name, entra)?;
            run(&mut conn, &sql, None).await?;
            report
                .changes
                .push(Change::created(format!("user {name:?}@{host:?}")));
        }
        (true, Login::Entra(_)) => {}
    }

    let row: Option<Row> = conn
        .exec_first(statements::read_server_privileges(), (name, host))
        .await
        .map_err(|e| classify(&e).context(format!("reading the privileges of {name}@{host}")))?;
    let row = row.ok_or_else(|| {
        Error::new(
            ErrorClass::Server,
            format!("account {name:?}@{host:?} does not exist after it was created"),
        )
    })?;
    let current = privileges::held(Level::Server, &strings(row, 0));
    let server_diff = diff(&current, &server_privileges);
    apply(
        &mut conn,
        &server_diff.grant,
        &server_diff.revoke,
        &Target::Server,
        user,
        &mut report,
    )
    .await?;

    let rows: Vec<Row> = conn
        .exec(statements::read_database_privileges(), (name, host))
        .await
        .map_err(|e| {
            classify(&e).context(format!("reading the database privileges of {name}@{host}"))
        })?;
    let mut held: BTreeMap<String, BTreeSet<&'static str>> = BTreeMap::new();
    for row in rows {
        let mut values = strings(row, 0);
        let db = values.remove(0);
        held.entry(db)
            .or_default()
            .extend(privileges::held(Level::Database, &values));
    }
    let none = BTreeSet::new();
    for (stored, current) in &held {
        let desired = wanted.get(stored).map_or(&none, |w| &w.privileges);
        let revoke = diff(current, desired).revoke;
        apply(
            &mut conn,
            &[],
            &revoke,
            &Target::Stored(stored),
            user,
            &mut report,
        )
        .await?;
    }
    for (stored, w) in &wanted {
        let grant = diff(held.get(stored).unwrap_or(&none), &w.privileges).grant;
        apply(
            &mut conn,
            &grant,
            &[],
            &Target::Database(&w.name),
            user,
            &mut report,
        )
        .await?;
    }
    Ok(report)
}

pub(crate) async fn delete(name: &str, host: &str, server: &Server) -> Result<bool, Error> {
    let sql = statements::drop_user(name, host)?;
    let (mut conn, _) = connect::connect(server).await?;
    let exists: u64 = query_one(&mut conn, statements::USER_EXISTS, (name, host)).await?;
    run(&mut conn, &sql, None).await?;
    Ok(exists > 0)
}

/// Grants then revokes, one statement each, recording the changes.
async fn apply(
    conn: &mut Conn,
    grant: &[&'static str],
    revoke: &[&'static str],
    target: &Target<'_>,
    user: &MySqlUser,
    report: &mut Report,
) -> Result<(), Error> {
    let on = match target {
        Target::Server => "*.*".to_string(),
        Target::Database(db) => format!("{db:?}.*"),
        Target::Stored(stored) => format!("{stored:?}.*"),
    };
    if !grant.is_empty() {
        run(
            conn,
            &statements::grant(grant, target, &user.name, &user.host)?,
            None,
        )
        .await?;
        report.changes.extend(grant.iter().map(|p| Change {
            action: Action::Grant,
            what: format!("{p} ON {on}"),
        }));
    }
    if !revoke.is_empty() {
        run(
            conn,
            &statements::revoke(revoke, target, &user.name, &user.host)?,
            None,
        )
        .await?;
        report.changes.extend(revoke.iter().map(|p| Change {
            action: Action::Revoke,
            what: format!("{p} ON {on}"),
        }));
    }
    Ok(())
}

/// The row's columns from `skip` on, as text (`Y`/`N` for privilege columns).
fn strings(row: Row, skip: usize) -> Vec<String> {
    row.unwrap()
        .into_iter()
        .skip(skip)
        .map(|v| match v {
            mysql_async::Value::Bytes(b) => String::from_utf8_lossy(&b).into_owned(),
            other => other.as_sql(true).trim_matches('\'').to_string(),
        })
        .collect()
}

async fn query_one<T, P>(conn: &mut Conn, sql: &str, params: P) -> Result<T, Error>
where
    T: mysql_async::prelude::FromValue + Send + 'static,
    P: Into<mysql_async::Params> + Send,
{
    let value: Option<T> = conn
        .exec_first(sql, params)
        .await
        .map_err(|e| classify(&e).context(sql.to_string()))?;
    value.ok_or_else(|| Error::new(ErrorClass::Server, format!("{sql}: no row")))
}

/// Runs one statement; see [`crate::error::statement_error`].
async fn run(conn: &mut Conn, sql: &str, secret: Option<&Secret>) -> Result<(), Error> {
    conn.query_drop(sql).await.map_err(|e| {
        crate::error::statement_error(classify(&e), sql, secret.map(|s| (s, " IDENTIFIED BY ")))
    })
}
