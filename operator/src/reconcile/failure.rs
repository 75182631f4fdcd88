//! Why a reconcile stopped short, and what happens next: retried with backoff (Ready=False,
//! Warning), or waiting for the user to change the spec (Ready=False, Error; no retry).

use std::time::Duration;

use aso_runtime::condition::Severity;

use crate::arm::{ArmError, Class};

/// Reasons the operator itself gives (ARM errors give their own codes).
pub mod reason {
    pub const WAITING_FOR_OWNER: &str = "WaitingForOwner";
    pub const REFERENCE_NOT_FOUND: &str = "ReferenceNotFound";
    pub const SECRET_NOT_FOUND: &str = "SecretNotFound";
    pub const CONFIG_MAP_NOT_FOUND: &str = "ConfigMapNotFound";
    pub const INVALID_OWNER: &str = "InvalidOwner";
    pub const INVALID_SPEC: &str = "InvalidSpec";
    pub const INVALID_ANNOTATION: &str = "InvalidAnnotation";
    pub const SUBSCRIPTION_MISMATCH: &str = "SubscriptionMismatch";
    pub const RESOURCE_ID_CHANGED: &str = "AzureResourceIdChanged";
    pub const CREDENTIAL_NOT_FOUND: &str = "CredentialNotFound";
    pub const CREDENTIAL_INVALID: &str = "CredentialInvalid";
    pub const DESTINATION_NOT_OWNED: &str = "DestinationNotOwned";
    pub const DESTINATION_COLLISION: &str = "DestinationCollision";
    pub const NOT_FOUND_IN_AZURE: &str = "AzureResourceNotFound";
    pub const BLOCKED_BY_STATE: &str = "BlockedByResourceState";
    /// ASO's reason when a kind's post-reconcile check says the resource is not Ready yet.
    pub const POST_RECONCILE_FAILURE: &str = "PostReconciliationFailure";
    pub const INTERNAL_ERROR: &str = "InternalError";
}

#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// Transient, or waiting on something else (owner, secret): retried with backoff, and
    /// re-triggered early when what it waits on changes.
    Retry {
        reason: String,
        message: String,
        /// When the cause said how long to wait (Retry-After).
        after: Option<Duration>,
    },
    /// Only a change to the object can fix it.
    Fatal { reason: String, message: String },
    /// Our own write to the API server failed: retried, no condition written.
    Kube(String),
}

impl Failure {
    pub fn retry(reason: &str, message: impl Into<String>) -> Failure {
        Failure::Retry {
            reason: reason.to_string(),
            message: message.into(),
            after: None,
        }
    }

    pub fn fatal(reason: &str, message: impl Into<String>) -> Failure {
        Failure::Fatal {
            reason: reason.to_string(),
            message: message.into(),
        }
    }

    pub fn kube(what: &str, e: impl std::fmt::Display) -> Failure {
        Failure::Kube(format!("{what}: {e}"))
    }

    /// The Ready condition's severity, reason and message, if the failure gets one.
    pub fn condition(&self) -> Option<(Severity, &str, &str)> {
        match self {
            Failure::Retry {
                reason, message, ..
            } => Some((Severity::Warning, reason, message)),
            Failure::Fatal { reason, message } => Some((Severity::Error, reason, message)),
            Failure::Kube(_) => None,
        }
    }

    /// The metrics label of the outcome.
    pub fn label(&self) -> &'static str {
        match self {
            Failure::Retry { reason, .. }
                if matches!(
                    reason.as_str(),
                    reason::WAITING_FOR_OWNER
                        | reason::REFERENCE_NOT_FOUND
                        | reason::SECRET_NOT_FOUND
                        | reason::CONFIG_MAP_NOT_FOUND
                        | reason::BLOCKED_BY_STATE
                ) =>
            {
                "waiting"
            }
            Failure::Retry { .. } => "retry",
            Failure::Fatal { .. } => "fatal",
            Failure::Kube(_) => "error",
        }
    }
}

impl Failure {
    /// An ARM error as a failure, classified as `class` when the kind says so (its extension's
    /// error classifier), else as usual.
    pub fn from_arm(e: ArmError, class: Option<Class>) -> Failure {
        let message = e.message.clone();
        match class.unwrap_or_else(|| e.class()) {
            Class::Fatal => Failure::Fatal {
                reason: e.code,
                message,
            },
            Class::Retryable | Class::NotFound => Failure::Retry {
                reason: e.code,
                message,
                after: e.retry_after,
            },
        }
    }
}

impl From<ArmError> for Failure {
    fn from(e: ArmError) -> Failure {
        Failure::from_arm(e, None)
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Retry {
                reason, message, ..
            }
            | Failure::Fatal { reason, message } => {
                write!(f, "{reason}: {message}")
            }
            Failure::Kube(m) => f.write_str(m),
        }
    }
}
