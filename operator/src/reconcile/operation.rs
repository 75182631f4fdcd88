//! The long-running operation in progress, stored on the object (annotation, sealed by
//! [`super::trust`]) before it is polled, so a restarted operator resumes polling instead of
//! sending the request again; and one poll step against ARM.
//!
//! A failed poll keeps the operation: Azure finishes operations whether or not anyone polls, so
//! a 500, a reset connection or throttling only means "poll again later". The operation is
//! forgotten only when it is over (done or failed) or ARM says it no longer exists (404 on its
//! monitor); then the next step GETs before any new PUT.

use std::time::Duration;

use kube::api::{Api, DynamicObject, Patch, PatchParams};
use serde_json::{Value, json};

use crate::arm::error::REQUEST_REFUSED;
use crate::arm::lro::{self, Operation, PollVia};
use crate::arm::{ArmError, ScopedArm};
use crate::context::{Context, ObjectKey};

use super::failure::Failure;
use super::object;

/// The annotation holding the operation (sealed JSON of [`Operation`]).
pub const OPERATION_ANNOTATION: &str = "serviceoperator.azure.com/operation";

/// The operation in progress: this process's memory first (the cached object may not show our
/// own latest write yet), else what is stored on the object, if the operator stored it for
/// this object. The flag says a stored record did not verify (someone else wrote it).
pub fn current(ctx: &Context, key: &ObjectKey, obj: &DynamicObject) -> (Option<Operation>, bool) {
    if let Some(op) = ctx.memory(key).operation {
        return (Some(op), false);
    }
    let Some(text) = object::annotation(obj, OPERATION_ANNOTATION) else {
        return (None, false);
    };
    let uid = obj.metadata.uid.as_deref().unwrap_or("");
    match ctx.signer.open_operation(uid, text) {
        Some(op) => (Some(op), false),
        None => (None, true),
    }
}

/// Records (`Some`) or forgets (`None`) the operation in progress, in memory and on the object;
/// returns the updated object.
pub async fn store(
    ctx: &Context,
    key: &ObjectKey,
    api: &Api<DynamicObject>,
    obj: &DynamicObject,
    operation: Option<&Operation>,
) -> Result<DynamicObject, Failure> {
    // Memory first: even if the write fails, the operation runs in Azure and must be followed.
    ctx.update_memory(key, |m| m.operation = operation.cloned());
    let uid = obj.metadata.uid.as_deref().unwrap_or("");
    let value = match operation {
        Some(op) => json!(ctx.signer.seal_operation(uid, op)),
        None => Value::Null,
    };
    let patch = json!({"metadata": {"annotations": {OPERATION_ANNOTATION: value}}});
    api.patch(
        object::name(obj),
        &PatchParams::default(),
        &Patch::Merge(&patch),
    )
    .await
    .map_err(|e| Failure::kube("recording the operation in progress", e))
}

/// What one poll found.
#[derive(Debug, Clone, PartialEq)]
pub enum Polled {
    /// Still running: poll `via` after the delay.
    Running {
        via: PollVia,
        retry_after: Option<Duration>,
    },
    /// Finished well.
    Done,
    /// Finished badly: the operation's own error.
    Failed(ArmError),
    /// ARM no longer knows the operation (404 on its monitor; for a PUT watched through the
    /// resource, the resource is gone), or its monitor is not one to follow: forget it, look
    /// at Azure before writing again.
    Gone,
    /// The poll itself failed (5xx, network, throttling): keep the operation, poll again later.
    Unanswered(ArmError),
}

/// Polls `operation` once.
pub async fn poll(azure: &ScopedArm<'_>, kind: &str, operation: &Operation) -> Polled {
    match azure.poll(operation, kind).await {
        Ok(response) => match lro::step(operation, &response) {
            Ok(lro::Progress::Running { via, retry_after }) => Polled::Running { via, retry_after },
            Ok(lro::Progress::Done(_)) => Polled::Done,
            Err(e) => Polled::Failed(e),
        },
        // A DELETE is done when the resource (or its operation) is gone.
        Err(e) if e.is_not_found() && operation.method == "DELETE" => Polled::Done,
        Err(e) if e.is_not_found() || e.code == REQUEST_REFUSED => Polled::Gone,
        Err(e) => Polled::Unanswered(e),
    }
}

/// The failure a poll that was not answered becomes: retried with backoff (at least the
/// answer's Retry-After), the operation kept.
pub fn unanswered(e: ArmError) -> Failure {
    Failure::Retry {
        message: format!("polling the operation in progress: {}", e.message),
        reason: e.code,
        after: e.retry_after,
    }
}

/// How long to wait before the next poll.
pub fn poll_delay(retry_after: Option<Duration>, default: Duration) -> Duration {
    retry_after.unwrap_or(default)
}
