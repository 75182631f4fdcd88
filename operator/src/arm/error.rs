//! ARM errors: parsed from ARM's error JSON (`{"error":{"code","message"}}`), and classified into
//! what the reconciler does next: retry with backoff, wait for a spec change, or treat as absent.

use std::fmt;
use std::time::Duration;

use serde_json::Value;

/// What a failed ARM call means for the reconciler.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Transient (throttling, conflicts, server errors, network, missing parents, permissions
    /// not granted yet): retry with backoff.
    Retryable,
    /// The request itself is wrong (400-class): retrying the same spec cannot succeed.
    Fatal,
    /// The resource does not exist.
    NotFound,
}

/// An ARM call that did not succeed.
#[derive(Debug, Clone, PartialEq)]
pub struct ArmError {
    /// HTTP status; `None` when no answer arrived or a long-running operation failed.
    pub status: Option<u16>,
    /// ARM's error code (`InvalidResourceLocation`), or one of ours for failures without one
    /// (`NetworkError`, `HttpStatus503`).
    pub code: String,
    pub message: String,
    /// From `Retry-After`, when the answer had one.
    pub retry_after: Option<Duration>,
    /// Whether this is the failure of a long-running operation (its final status), not an answer.
    pub from_operation: bool,
}

/// The code of requests the operator refused to send ([`ArmError::refused`]).
pub const REQUEST_REFUSED: &str = "RequestRefused";

/// Codes that come with a 400-class status but name a transient condition.
const RETRYABLE_CODES: &[&str] = &[
    "AnotherOperationInProgress",
    "Conflict",
    // A referenced identity not replicated yet.
    "FailedIdentityOperation",
    "InvalidResourceReference",
    "LinkedAuthorizationFailed",
    "MissingSubscriptionRegistration",
    "ParentResourceNotFound",
    "PrincipalNotFound",
    "ResourceGroupNotFound",
    "ResourceNotFound",
    "RetryableError",
    "SubscriptionNotRegistered",
];

/// Codes of failed long-running operations that no retry fixes.
const FATAL_OPERATION_CODES: &[&str] = &[
    "BadRequest",
    "LocationRequired",
    "ValidationError",
    "AccountNameInvalid",
    "FeatureNotSupported",
    "QuotaExceeded",
];

impl ArmError {
    /// An error from an HTTP answer: status, headers' `Retry-After` and body.
    pub fn from_response(status: u16, retry_after: Option<Duration>, body: &[u8]) -> ArmError {
        let (code, message) = parse_body(body).unwrap_or_else(|| {
            (
                format!("HttpStatus{status}"),
                String::from_utf8_lossy(&body[..body.len().min(512)]).into_owned(),
            )
        });
        ArmError {
            status: Some(status),
            code,
            message,
            retry_after,
            from_operation: false,
        }
    }

    /// A long-running operation that ended `Failed` or `Canceled`, with its `error` object.
    pub fn from_operation(status_word: &str, error: Option<&Value>) -> ArmError {
        let (code, message) = error.and_then(error_fields).unwrap_or_else(|| {
            (
                format!("Operation{status_word}"),
                format!("The operation ended {status_word}"),
            )
        });
        ArmError {
            status: None,
            code,
            message,
            retry_after: None,
            from_operation: true,
        }
    }

    /// A request the operator would not send: its target is not on the ARM endpoint, not
    /// https, or not a plain path. Never retried: the same input gives the same refusal.
    pub fn refused(refused: super::url::Refused) -> ArmError {
        ArmError {
            status: None,
            code: REQUEST_REFUSED.into(),
            message: refused.to_string(),
            retry_after: None,
            from_operation: false,
        }
    }

    pub fn network(message: impl Into<String>) -> ArmError {
        ArmError {
            status: None,
            code: "NetworkError".into(),
            message: message.into(),
            retry_after: None,
            from_operation: false,
        }
    }

    pub fn class(&self) -> Class {
        if self.code == REQUEST_REFUSED {
            return Class::Fatal;
        }
        if RETRYABLE_CODES
            .iter()
            .any(|c| c.eq_ignore_ascii_case(&self.code))
        {
            return if self.status == Some(404) {
                Class::NotFound
            } else {
                Class::Retryable
            };
        }
        if self.from_operation {
            let fatal = FATAL_OPERATION_CODES
                .iter()
                .any(|c| c.eq_ignore_ascii_case(&self.code))
                || self.code.starts_with("Invalid");
            return if fatal {
                Class::Fatal
            } else {
                Class::Retryable
            };
        }
        match self.status {
            None => Class::Retryable,
            Some(404) => Class::NotFound,
            Some(401 | 403 | 408 | 409 | 429) => Class::Retryable,
            Some(s) if s >= 500 => Class::Retryable,
            Some(s) if s >= 400 => Class::Fatal,
            Some(_) => Class::Retryable,
        }
    }

    pub fn is_not_found(&self) -> bool {
        self.class() == Class::NotFound
    }
}

impl fmt::Display for ArmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.status {
            Some(status) => write!(f, "{} ({status}): {}", self.code, self.message),
            None => write!(f, "{}: {}", self.code, self.message),
        }
    }
}

impl std::error::Error for ArmError {}

/// `(code, message)` from ARM's error JSON, in the shapes resource providers use.
fn parse_body(body: &[u8]) -> Option<(String, String)> {
    let value: Value = serde_json::from_slice(body).ok()?;
    let error = value
        .get("error")
        .or_else(|| value.get("odata.error"))
        .unwrap_or(&value);
    error_fields(error)
}

fn error_fields(error: &Value) -> Option<(String, String)> {
    let code = error.get("code").and_then(Value::as_str)?.to_string();
    let message = match error.get("message") {
        Some(Value::String(s)) => s.clone(),
        // OData errors nest the text: {"message": {"lang": "en-US", "value": "..."}}.
        Some(Value::Object(m)) => m
            .get("value")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string(),
        _ => String::new(),
    };
    Some((code, message))
}

/// `Retry-After` as seconds (the form ARM uses) or an HTTP date, as given: callers bound it
/// (`client::MAX_RETRY_AFTER`).
pub fn parse_retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let when =
        time::OffsetDateTime::parse(value, &time::format_description::well_known::Rfc2822).ok()?;
    let delta = when - time::OffsetDateTime::now_utc();
    Some(Duration::from_secs(delta.whole_seconds().max(0) as u64))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn parses_arm_error_json() {
        let e = ArmError::from_response(
            400,
            None,
            br#"{"error":{"code":"InvalidResourceLocation","message":"bad location"}}"#,
        );
        assert_eq!(e.code, "InvalidResourceLocation");
        assert_eq!(e.message, "bad location");
        assert_eq!(e.class(), Class::Fatal);
    }

    #[test]
    fn classifies_by_status_and_code() {
        let with = |status, code: &str| {
            ArmError::from_response(
                status,
                None,
                json!({"error": {"code": code, "message": "m"}})
                    .to_string()
                    .as_bytes(),
            )
        };
        assert_eq!(with(500, "InternalServerError").class(), Class::Retryable);
        assert_eq!(
            with(429, "SubscriptionRequestsThrottled").class(),
            Class::Retryable
        );
        assert_eq!(with(409, "Conflict").class(), Class::Retryable);
        assert_eq!(with(404, "ResourceNotFound").class(), Class::NotFound);
        assert_eq!(with(404, "ResourceGroupNotFound").class(), Class::NotFound);
        assert_eq!(with(400, "ResourceGroupNotFound").class(), Class::Retryable);
        assert_eq!(with(400, "BadRequest").class(), Class::Fatal);
        assert_eq!(with(403, "AuthorizationFailed").class(), Class::Retryable);
        assert_eq!(ArmError::network("reset").class(), Class::Retryable);
    }

    #[test]
    fn body_without_json_keeps_the_status() {
        let e = ArmError::from_response(502, None, b"<html>bad gateway</html>");
        assert_eq!(e.code, "HttpStatus502");
        assert_eq!(e.class(), Class::Retryable);
    }

    #[test]
    fn failed_operations_are_classified_by_code() {
        let e = ArmError::from_operation(
            "Failed",
            Some(&json!({"code": "InvalidParameter", "message": "x"})),
        );
        assert_eq!(e.class(), Class::Fatal);
        let e = ArmError::from_operation(
            "Failed",
            Some(&json!({"code": "InternalError", "message": "x"})),
        );
        assert_eq!(e.class(), Class::Retryable);
        let e = ArmError::from_operation("Canceled", None);
        assert_eq!(e.code, "OperationCanceled");
    }

    #[test]
    fn retry_after_in_seconds() {
        assert_eq!(parse_retry_after("17"), Some(Duration::from_secs(17)));
        assert_eq!(parse_retry_after("soon"), None);
    }
}
