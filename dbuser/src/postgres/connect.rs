//! Logging into a PostgreSQL server as its admin, over TLS (required, certificate verified
//! against the FQDN), and classifying what fails.

use tokio_postgres::config::SslMode;
use tokio_postgres::error::SqlState;
use tokio_postgres::{Client, Config};

use crate::server::Address;
use crate::{Error, ErrorClass, OSSRDBMS_AUDIENCE, Server, tls};

pub(super) async fn connect(server: &Server) -> Result<Client, Error> {
    let address = server.address()?;
    let password = server.admin.password(OSSRDBMS_AUDIENCE).await?;
    let user = server.admin.user();
    let mut config = Config::new();
    config
        .host(&server.fqdn)
        .port(address.port())
        .user(user)
        .password(password.expose())
        .dbname(server.database.as_deref().unwrap_or("postgres"))
        .ssl_mode(SslMode::Require)
        .application_name("aso-operator")
        .connect_timeout(server.options.connect_timeout);
    if let Address::Mapped(mapped) = &address {
        // TCP goes to the mapped address; TLS still checks the certificate for the FQDN.
        config.hostaddr(mapped.ip());
    }
    let tls = tokio_postgres_rustls::MakeRustlsConnect::new(tls::client_config(
        server.options.extra_ca_file.as_deref(),
    )?);
    let connecting = config.connect(tls);
    let (client, connection) = tokio::time::timeout(server.options.connect_timeout, connecting)
        .await
        .map_err(|_| {
            Error::new(
                ErrorClass::CannotConnect,
                format!(
                    "connecting to {address}: no answer within {:?}",
                    server.options.connect_timeout
                ),
            )
        })?
        .map_err(|e| {
            let e = classify(&e);
            Error::new(e.class, password.scrub(&e.message))
                .context(format!("logging into PostgreSQL at {address} as {user:?}"))
        })?;
    tokio::spawn(async move {
        if let Err(e) = connection.await {
            tracing::debug!(error = %e, "PostgreSQL connection ended");
        }
    });
    Ok(client)
}

/// The class and message of a driver error: the server's SQLSTATE when it answered, else
/// what the connection met.
pub(crate) fn classify(e: &tokio_postgres::Error) -> Error {
    if let Some(db) = e.as_db_error() {
        let class = match *db.code() {
            SqlState::INVALID_PASSWORD | SqlState::INVALID_AUTHORIZATION_SPECIFICATION => {
                ErrorClass::LoginFailed
            }
            SqlState::UNDEFINED_OBJECT | SqlState::INVALID_CATALOG_NAME => ErrorClass::UnknownRole,
            SqlState::INSUFFICIENT_PRIVILEGE => ErrorClass::PermissionDenied,
            SqlState::NAME_TOO_LONG | SqlState::INVALID_NAME | SqlState::RESERVED_NAME => {
                ErrorClass::InvalidSpec
            }
            _ => ErrorClass::Server,
        };
        return Error::new(
            class,
            format!("{} (SQLSTATE {})", db.message(), db.code().code()),
        );
    }
    let message = chain(e);
    Error::new(classify_class(&message), message)
}

/// Connection-level failures, told apart by what the driver says: TLS, or no connection.
fn classify_class(message: &str) -> ErrorClass {
    let lower = message.to_ascii_lowercase();
    if lower.contains("tls") || lower.contains("certificate") || lower.contains("handshake") {
        ErrorClass::Tls
    } else {
        ErrorClass::CannotConnect
    }
}

/// The error and its sources, joined: the driver's own text is often only "error connecting".
fn chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut parts = vec![e.to_string()];
    let mut source = e.source();
    while let Some(s) = source {
        let text = s.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        source = s.source();
    }
    parts.join(": ")
}
