//! Logging into an Azure SQL database over TDS with TLS required (tiberius on rustls with ring),
//! as the server admin (SQL authentication) or with an Entra access token, following Azure's
//! gateway redirects, and classifying what fails.

use tiberius::{AuthMethod, Client, Config, EncryptionLevel};
use tokio::net::TcpStream;
use tokio_util::compat::{Compat, TokioAsyncWriteCompatExt};

use crate::server::Address;
use crate::{AdminLogin, Error, ErrorClass, SQL_AUDIENCE, Server};

pub(crate) type Connection = Client<Compat<TcpStream>>;

/// Where Azure SQL may redirect a login: its own gateway and worker names only, so a
/// redirect cannot send the admin's credentials elsewhere.
const REDIRECT_SUFFIX: &str = ".database.windows.net";

pub(super) async fn connect(server: &Server) -> Result<Connection, Error> {
    let database = server.database.as_deref().ok_or_else(|| {
        Error::invalid("an Azure SQL user lives in a database: the owner database's name is needed")
    })?;
    let address = server.address()?;
    let user = server.admin.user().to_string();
    let secret = server.admin.password(SQL_AUDIENCE).await?;
    let mut config = Config::new();
    config.host(&server.fqdn);
    config.port(address.port());
    config.database(database);
    config.application_name("aso-operator");
    config.encryption(EncryptionLevel::Required);
    if let Some(ca) = &server.options.extra_ca_file {
        // tiberius 0.12 trusts exactly one CA file when given one (and the system roots
        // otherwise); see the crate README.
        crate::tls::extra_certificates(ca)?;
        config.trust_cert_ca(ca.to_string_lossy().into_owned());
    }
    config.authentication(match &server.admin {
        AdminLogin::Password { .. } => AuthMethod::sql_server(&user, secret.expose()),
        AdminLogin::Entra { .. } => AuthMethod::AADToken(secret.expose().to_string()),
    });
    let mut target = address.clone();
    for _ in 0..3 {
        let tcp = open(&target, server).await?;
        match Client::connect(config.clone(), tcp.compat_write()).await {
            Ok(client) => return Ok(client),
            Err(tiberius::error::Error::Routing { host, port }) => {
                if !host.to_ascii_lowercase().ends_with(REDIRECT_SUFFIX) {
                    return Err(Error::new(
                        ErrorClass::CannotConnect,
                        format!(
                            "{target} redirected the login to {host}:{port}, which is not an Azure SQL address"
                        ),
                    ));
                }
                config.host(&host);
                config.port(port);
                target = Address::Dns(host, port);
            }
            Err(e) => {
                let e = classify(&e);
                return Err(Error::new(e.class, secret.scrub(&e.message))
                    .context(format!("logging into Azure SQL at {target} as {user:?}")));
            }
        }
    }
    Err(Error::new(
        ErrorClass::CannotConnect,
        format!("logging into Azure SQL at {address}: too many redirects"),
    ))
}

async fn open(target: &Address, server: &Server) -> Result<TcpStream, Error> {
    let timeout = server.options.connect_timeout;
    let connecting = async {
        match target {
            Address::Mapped(a) => TcpStream::connect(a).await,
            Address::Dns(host, port) => TcpStream::connect((host.as_str(), *port)).await,
        }
    };
    let tcp = tokio::time::timeout(timeout, connecting)
        .await
        .map_err(|_| {
            Error::new(
                ErrorClass::CannotConnect,
                format!("connecting to {target}: no answer within {timeout:?}"),
            )
        })?
        .map_err(|e| {
            Error::new(
                ErrorClass::CannotConnect,
                format!("connecting to {target}: {e}"),
            )
        })?;
    tcp.set_nodelay(true).ok();
    Ok(tcp)
}

/// The class and message of a driver error, by SQL Server's error numbers where it answered.
pub(crate) fn classify(e: &tiberius::error::Error) -> Error {
    use tiberius::error::Error as E;
    let class = match e {
        E::Server(token) => match token.code() {
            // Login failed; token rejected; password expired/must change.
            18456 | 18452 | 18487 | 18488 => ErrorClass::LoginFailed,
            // Cannot open database requested by the login.
            4060 => ErrorClass::UnknownRole,
            // Role does not exist or no permission; principal not found in Entra.
            15151 | 15401 | 33130 | 33134 => ErrorClass::UnknownRole,
            // Permission denied.
            229 | 262 | 297 | 300 | 15247 => ErrorClass::PermissionDenied,
            // Client IP not allowed by the server's firewall (may change without a spec change).
            40615 => ErrorClass::CannotConnect,
            _ => ErrorClass::Server,
        },
        E::Tls(_) => ErrorClass::Tls,
        // tokio-rustls reports a refused handshake as an I/O error.
        E::Io { message, .. }
            if message.contains("certificate") || message.to_ascii_lowercase().contains("tls") =>
        {
            ErrorClass::Tls
        }
        E::Io { .. } => ErrorClass::CannotConnect,
        _ => ErrorClass::Server,
    };
    Error::new(class, e.to_string())
}
