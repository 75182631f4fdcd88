//! The long-running operation in progress, stored on the object (annotation) before it is
//! polled, so a restarted operator resumes polling instead of sending the request again; and
//! one poll step against ARM.

use std::time::Duration;

use kube::api::{Api, DynamicObject, Patch, PatchParams};
use reqwest::Method;
use serde_json::json;

use crate::arm::lro::{self, Operation, Progress};
use crate::arm::{ArmClient, ArmError, Call, TokenProvider};
use crate::context::{Context, ObjectKey};

use super::failure::Failure;
use super::object;

/// The annotation holding the operation (JSON of [`Operation`]).
pub const OPERATION_ANNOTATION: &str = "serviceoperator.azure.com/operation";

/// The operation stored on `obj`, if any (an unreadable one is ignored: re-sending the request
/// is safe, ARM requests being idempotent).
pub fn stored(obj: &DynamicObject) -> Option<Operation> {
    object::annotation(obj, OPERATION_ANNOTATION).and_then(|text| serde_json::from_str(text).ok())
}

/// The operation in progress: this process's memory first (the cached object may not show our
/// own latest write yet), else what is stored on the object (after a restart).
pub fn current(ctx: &Context, key: &ObjectKey, obj: &DynamicObject) -> Option<Operation> {
    ctx.memory(key).operation.or_else(|| stored(obj))
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
    let value = match operation {
        Some(op) => json!(serde_json::to_string(op).unwrap_or_default()),
        None => serde_json::Value::Null,
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

/// Polls `operation` once.
pub async fn poll(
    arm: &ArmClient,
    tokens: &dyn TokenProvider,
    subscription: &str,
    kind: &str,
    operation: &Operation,
) -> Result<Progress, ArmError> {
    let url = lro::poll_url(operation);
    let answer = arm
        .send(
            tokens,
            subscription,
            &Call {
                method: Method::GET,
                url: &url,
                body: None,
                kind,
            },
        )
        .await;
    match answer {
        Ok(response) => lro::step(operation, &response),
        // A DELETE is done when the resource (or its operation) is gone.
        Err(e) if e.is_not_found() && operation.method == "DELETE" => Ok(Progress::Done(None)),
        Err(e) => Err(e),
    }
}

/// How long to wait before the next poll.
pub fn poll_delay(retry_after: Option<Duration>, default: Duration) -> Duration {
    retry_after.unwrap_or(default)
}
