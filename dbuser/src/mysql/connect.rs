//! Logging into a MySQL server as its admin over TLS (required, certificate verified against the
//! FQDN), with the cleartext plugin allowed for Entra logins (Azure asks for the token in clear
//! over TLS), and classifying what fails.

use mysql_async::prelude::Queryable;
use mysql_async::{Conn, DriverError, IoError, OptsBuilder, SslOpts};

use super::statements::Dialect;
use crate::server::Address;
use crate::{AdminLogin, Error, ErrorClass, OSSRDBMS_AUDIENCE, Server};

pub(super) async fn connect(server: &Server) -> Result<(Conn, Dialect), Error> {
    let address = server.address()?;
    let password = server.admin.password(OSSRDBMS_AUDIENCE).await?;
    let user = server.admin.user();
    let mut ssl = SslOpts::default();
    if let Some(ca) = &server.options.extra_ca_file {
        // Checked here so a bad file is named; the driver reads it again.
        crate::tls::extra_certificates(ca)?;
        ssl = ssl.with_root_certs(vec![ca.clone().into()]);
    }
    let mut opts = OptsBuilder::default()
        .ip_or_hostname(server.fqdn.clone())
        .tcp_port(address.port())
        .user(Some(user))
        .pass(Some(password.expose()))
        .db_name(Some(server.database.as_deref().unwrap_or("mysql")))
        .prefer_socket(false)
        .ssl_opts(ssl)
        .enable_cleartext_plugin(matches!(server.admin, AdminLogin::Entra { .. }));
    if let Address::Mapped(mapped) = &address {
        // TCP goes to the mapped address; TLS still checks the certificate for the FQDN.
        opts = opts.resolved_ips(Some(vec![mapped.ip()]));
    }
    let timeout = server.options.connect_timeout;
    let conn = tokio::time::timeout(timeout, Conn::new(opts))
        .await
        .map_err(|_| {
            Error::new(
                ErrorClass::CannotConnect,
                format!("connecting to {address}: no answer within {timeout:?}"),
            )
        })?
        .map_err(|e| {
            let e = classify(&e);
            Error::new(e.class, password.scrub(&e.message))
                .context(format!("logging into MySQL at {address} as {user:?}"))
        })?;
    let mut conn = conn;
    let mode: Option<String> = conn
        .query_first("SELECT @@SESSION.sql_mode")
        .await
        .map_err(|e| classify(&e).context("reading the session's SQL mode"))?;
    Ok((conn, Dialect::from_sql_mode(&mode.unwrap_or_default())))
}

/// The class and message of a driver error.
pub(crate) fn classify(e: &mysql_async::Error) -> Error {
    let class = match e {
        mysql_async::Error::Server(s) => match s.code {
            // ER_ACCESS_DENIED_ERROR, ER_ACCESS_DENIED_NO_PASSWORD_ERROR, ER_ACCOUNT_HAS_BEEN_LOCKED
            1045 | 1698 | 3118 => ErrorClass::LoginFailed,
            // ER_DBACCESS_DENIED_ERROR, ER_TABLEACCESS_DENIED_ERROR,
            // ER_SPECIFIC_ACCESS_DENIED_ERROR, ER_CANT_CREATE_USER_WITH_GRANT
            1044 | 1142 | 1227 | 1410 => ErrorClass::PermissionDenied,
            // ER_BAD_DB_ERROR
            1049 => ErrorClass::UnknownRole,
            // ER_WRONG_STRING_LENGTH (a name too long), ER_WRONG_DB_NAME
            1470 | 1102 => ErrorClass::InvalidSpec,
            _ => ErrorClass::Server,
        },
        mysql_async::Error::Io(IoError::Tls(_)) => ErrorClass::Tls,
        mysql_async::Error::Io(IoError::Io(io)) => crate::error::connect_io_class(io),
        mysql_async::Error::Driver(DriverError::NoClientSslFlagFromServer) => ErrorClass::Tls,
        mysql_async::Error::Driver(DriverError::CleartextPluginDisabled) => ErrorClass::LoginFailed,
        mysql_async::Error::Driver(_) | mysql_async::Error::Other(_) => ErrorClass::Server,
        mysql_async::Error::Url(_) => ErrorClass::InvalidSpec,
    };
    Error::new(class, e.to_string())
}
