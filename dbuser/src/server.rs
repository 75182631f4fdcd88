//! Where the engine connects and how it logs in: the owner server's FQDN, the admin's password
//! or an Entra token provider, and the connection options (trust, the test-only address map).

#[cfg(feature = "engine")]
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;

use crate::{AddressMap, Secret};
#[cfg(feature = "engine")]
use crate::{Error, ErrorClass};

/// The Entra audience of Azure Database for PostgreSQL and MySQL.
pub const OSSRDBMS_AUDIENCE: &str = "https://ossrdbms-aad.database.windows.net";
/// The Entra audience of Azure SQL.
pub const SQL_AUDIENCE: &str = "https://database.windows.net/";

/// Supplies Entra access tokens; the operator implements it with the resource's credential
/// (the same one it uses for ARM), asking for `{audience}/.default`.
pub trait TokenProvider: Send + Sync {
    /// An access token for `audience` (one of [`OSSRDBMS_AUDIENCE`], [`SQL_AUDIENCE`]).
    fn token<'a>(&'a self, audience: &'a str) -> BoxFuture<'a, Result<Secret, String>>;
}

/// How the engine logs in as the server's administrator.
#[derive(Clone)]
pub enum AdminLogin {
    /// The server admin's user name and password.
    Password { user: String, password: Secret },
    /// The server's Entra administrator (a user, group or identity name), with an access token
    /// for the database audience as its password (PostgreSQL, MySQL) or as the TDS access token
    /// (Azure SQL).
    Entra {
        user: String,
        tokens: Arc<dyn TokenProvider>,
    },
}

impl std::fmt::Debug for AdminLogin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AdminLogin::Password { user, .. } => write!(f, "Password {{ user: {user:?} }}"),
            AdminLogin::Entra { user, .. } => write!(f, "Entra {{ user: {user:?} }}"),
        }
    }
}

impl AdminLogin {
    pub fn user(&self) -> &str {
        match self {
            AdminLogin::Password { user, .. } | AdminLogin::Entra { user, .. } => user,
        }
    }

    /// The password to send: the admin's, or a fresh token for `audience`.
    #[cfg(feature = "engine")]
    pub(crate) async fn password(&self, audience: &str) -> Result<Secret, Error> {
        match self {
            AdminLogin::Password { password, .. } => Ok(password.clone()),
            AdminLogin::Entra { tokens, user } => tokens.token(audience).await.map_err(|e| {
                Error::new(
                    ErrorClass::TokenUnavailable,
                    format!("getting an Entra token for {audience} to log in as {user}: {e}"),
                )
            }),
        }
    }
}

/// The kind of database server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServerKind {
    Postgres,
    MySql,
    Sql,
}

impl ServerKind {
    pub fn default_port(self) -> u16 {
        match self {
            ServerKind::Postgres => 5432,
            ServerKind::MySql => 3306,
            ServerKind::Sql => 1433,
        }
    }
}

/// Connection options the caller chooses.
#[derive(Debug, Clone)]
pub struct ConnectOptions {
    /// PEM certificates trusted besides the system's roots (the operator passes its
    /// `SSL_CERT_FILE`; tests the CA of their servers).
    pub extra_ca_file: Option<PathBuf>,
    /// Where to connect instead of resolving a server's FQDN. Empty in production; see
    /// [`AddressMap`]. TLS still verifies the certificate against the FQDN.
    pub address_map: AddressMap,
    /// How long connecting and logging in may take.
    pub connect_timeout: Duration,
}

impl Default for ConnectOptions {
    fn default() -> Self {
        ConnectOptions {
            extra_ca_file: None,
            address_map: AddressMap::default(),
            connect_timeout: Duration::from_secs(15),
        }
    }
}

/// A database server to log into.
#[derive(Debug, Clone)]
pub struct Server {
    pub kind: ServerKind,
    /// The owner server's `status.fullyQualifiedDomainName`.
    pub fqdn: String,
    /// The database to log into: the owner database for Azure SQL (contained users live there);
    /// `postgres` and `mysql` by default for the others.
    pub database: Option<String>,
    pub admin: AdminLogin,
    pub options: ConnectOptions,
}

#[cfg(feature = "engine")]
impl Server {
    /// Where to open the TCP connection: the address map's entry for the FQDN, else the FQDN
    /// itself at the kind's port.
    pub(crate) fn address(&self) -> Result<Address, Error> {
        if self.fqdn.is_empty() {
            return Err(Error::new(
                ErrorClass::CannotConnect,
                "the owner server has no fullyQualifiedDomainName yet",
            ));
        }
        Ok(match self.options.address_map.lookup(&self.fqdn) {
            Some(addr) => Address::Mapped(addr),
            None => Address::Dns(self.fqdn.clone(), self.kind.default_port()),
        })
    }
}

/// A resolved connection target.
#[cfg(feature = "engine")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Address {
    Mapped(SocketAddr),
    Dns(String, u16),
}

#[cfg(feature = "engine")]
impl Address {
    pub(crate) fn port(&self) -> u16 {
        match self {
            Address::Mapped(a) => a.port(),
            Address::Dns(_, p) => *p,
        }
    }
}

#[cfg(feature = "engine")]
impl std::fmt::Display for Address {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Address::Mapped(a) => write!(f, "{a} (mapped)"),
            Address::Dns(h, p) => write!(f, "{h}:{p}"),
        }
    }
}
