//! Errors, classified for the `Ready` condition: each class names the condition's reason and
//! says whether retrying can help, so a wrong admin password waits for a change instead of
//! hammering the server (and tripping its lockout) in a retry storm.

use std::fmt;

/// What went wrong, as the operator acts on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorClass {
    /// No connection: DNS, refused, unreachable, timed out. Retried with backoff.
    CannotConnect,
    /// The TLS handshake failed (untrusted certificate, name mismatch, server without TLS).
    /// Retried with backoff: certificates and trust bundles change without a spec change.
    Tls,
    /// The server refused the admin's login (wrong password, unknown admin, rejected token).
    /// Waits for a change of the spec or its Secrets: retrying the same password only counts
    /// towards the server's lockout.
    LoginFailed,
    /// No Entra token for the database audience could be had. Retried with backoff.
    TokenUnavailable,
    /// A role, database or principal named in the spec does not exist on the server. Retried
    /// with backoff (someone may create it).
    UnknownRole,
    /// The admin may not do what the spec asks (for example grant a role it does not hold).
    /// Waits for a change.
    PermissionDenied,
    /// The spec cannot be carried out as written (a name the server cannot hold, an unknown
    /// privilege). Waits for a change.
    InvalidSpec,
    /// A Secret, ConfigMap or key the spec refers to is missing. Waits for it to appear (the
    /// operator re-triggers the user when it does).
    SecretNotFound,
    /// Anything else the server refused. Retried with backoff.
    Server,
}

impl ErrorClass {
    /// The `Ready` condition's reason.
    pub fn reason(self) -> &'static str {
        match self {
            ErrorClass::CannotConnect => "CannotConnect",
            ErrorClass::Tls => "TlsHandshakeFailed",
            ErrorClass::LoginFailed => "LoginFailed",
            ErrorClass::TokenUnavailable => "TokenUnavailable",
            ErrorClass::UnknownRole => "UnknownRole",
            ErrorClass::PermissionDenied => "PermissionDenied",
            ErrorClass::InvalidSpec => "InvalidSpec",
            ErrorClass::SecretNotFound => "SecretNotFound",
            ErrorClass::Server => "DatabaseError",
        }
    }

    /// True when retrying without a change of the spec or its inputs cannot succeed.
    pub fn waits_for_change(self) -> bool {
        matches!(
            self,
            ErrorClass::LoginFailed
                | ErrorClass::PermissionDenied
                | ErrorClass::InvalidSpec
                | ErrorClass::SecretNotFound
        )
    }
}

/// An error with its class and a message that names what failed. Messages never hold a secret:
/// server messages about statements that carried one are scrubbed (see `Secret::scrub`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub class: ErrorClass,
    pub message: String,
}

impl Error {
    pub fn new(class: ErrorClass, message: impl Into<String>) -> Error {
        Error {
            class,
            message: message.into(),
        }
    }

    pub fn invalid(message: impl Into<String>) -> Error {
        Error::new(ErrorClass::InvalidSpec, message)
    }

    /// The same error, its message prefixed with what was being done.
    pub fn context(self, doing: impl fmt::Display) -> Error {
        Error {
            class: self.class,
            message: format!("{doing}: {}", self.message),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// The error of running `sql`, prefixed with the statement. A statement that carries `secret`
/// is shown only up to `secret_clause` (where the secret starts), and the server's message is
/// scrubbed of the secret (servers may echo a statement back).
#[cfg(feature = "engine")]
pub(crate) fn statement_error(
    e: Error,
    sql: &str,
    secret: Option<(&crate::Secret, &str)>,
) -> Error {
    match secret {
        None => e.context(sql),
        Some((secret, clause)) => {
            let shown = sql.split(clause).next().unwrap_or_default();
            let e = e.context(shown);
            Error::new(e.class, secret.scrub(&e.message))
        }
    }
}

#[cfg(feature = "engine")]
/// The class of an I/O error met on a connection: TLS when rustls refused the handshake
/// (tokio-rustls reports those as `InvalidData` I/O errors), else no connection.
pub(crate) fn connect_io_class(e: &std::io::Error) -> ErrorClass {
    if e.get_ref().is_some_and(|inner| inner.is::<rustls::Error>())
        || e.kind() == std::io::ErrorKind::InvalidData
    {
        ErrorClass::Tls
    } else {
        ErrorClass::CannotConnect
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn login_failures_wait_and_connection_failures_retry() {
        assert!(ErrorClass::LoginFailed.waits_for_change());
        assert!(ErrorClass::InvalidSpec.waits_for_change());
        assert!(!ErrorClass::CannotConnect.waits_for_change());
        assert!(!ErrorClass::Tls.waits_for_change());
        assert_eq!(ErrorClass::LoginFailed.reason(), "LoginFailed");
    }

    #[test]
    fn context_keeps_the_class() {
        let e = Error::invalid("bad name").context("creating user x");
        assert_eq!(e.class, ErrorClass::InvalidSpec);
        assert_eq!(e.to_string(), "creating user x: bad name");
    }
}
