//! Database users on Azure SQL, MySQL and PostgreSQL servers.
//!
//! - [`api`]: ASO's three `User` kinds (`sql.azure.com/v1`, `dbformysql.azure.com/v1`,
//!   `dbforpostgresql.azure.com/v1`), with Entra users on all three, and their CRDs
//!   ([`api::crd::render`], written by `cargo xtask generate`).
//! - The engine: [`reconcile`] brings a server to exactly the [`DesiredUser`] (creates the user,
//!   sets its password, grants what is missing and revokes what is not listed) and returns a
//!   [`Report`] of what it changed; [`delete`] drops the user. Both log in as the server's
//!   administrator through a [`Server`] (FQDN, [`AdminLogin`], [`ConnectOptions`]).
//! - Every failure is an [`Error`] with an [`ErrorClass`] that says what the `Ready` condition
//!   reads and whether to retry.
//!
//! Statements are built from quoted identifiers and literals only (`postgres::quote`,
//! `mysql::quote`, `sqlserver::quote`, property-tested against hostile names), or bound as
//! parameters; privilege and option keywords come from fixed tables, never from the spec.

mod address_map;
pub mod api;
mod desired;
mod error;
mod inputs;
#[cfg(test)]
mod lexer;
#[cfg(feature = "engine")]
mod mysql;
#[cfg(feature = "engine")]
mod plan;
#[cfg(feature = "engine")]
mod postgres;
mod report;
mod secret;
mod server;
#[cfg(feature = "engine")]
mod sqlserver;
#[cfg(feature = "engine")]
mod tls;

/// The quoting every statement is built with, per server (property-tested in place, and
/// against the real servers in the tests).
#[cfg(feature = "engine")]
pub mod quote {
    pub use crate::mysql::quote as mysql;
    pub use crate::postgres::quote as postgres;
    pub use crate::sqlserver::quote as sqlserver;
}

pub use address_map::AddressMap;
pub use desired::{
    DesiredUser, Entra, Login, MySqlUser, PostgresUser, RoleOptions, SqlUser, UserKey,
};
pub use error::{Error, ErrorClass};
pub use inputs::{Inputs, MapInputs};
pub use report::{Action, Change, Report};
pub use secret::Secret;
pub use server::{
    AdminLogin, ConnectOptions, OSSRDBMS_AUDIENCE, SQL_AUDIENCE, Server, ServerKind, TokenProvider,
};

/// Brings the server to exactly `user`: creates it if missing, sets its password (local users;
/// every time, as ASO does, so a changed Secret is applied), then grants what is missing and
/// revokes what is no longer listed. The report lists every change made; while the spec and its
/// inputs are unchanged since the last successful reconcile, each of them corrects drift.
#[cfg(feature = "engine")]
pub async fn reconcile(user: &DesiredUser, server: &Server) -> Result<Report, Error> {
    match user {
        DesiredUser::Postgres(user) => postgres::reconcile(user, server).await,
        DesiredUser::MySql(user) => mysql::reconcile(user, server).await,
        DesiredUser::Sql(user) => sqlserver::reconcile(user, server).await,
    }
}

/// Drops the user (`DROP ... IF EXISTS`); `Ok(true)` when it existed. Needs no Secret of the
/// user's own, so it works after the user's password Secret is gone.
#[cfg(feature = "engine")]
pub async fn delete(user: &UserKey, server: &Server) -> Result<bool, Error> {
    match user {
        UserKey::Postgres { name } => postgres::delete(name, server).await,
        UserKey::MySql { name, host } => mysql::delete(name, host, server).await,
        UserKey::Sql { name } => sqlserver::delete(name, server).await,
    }
}
