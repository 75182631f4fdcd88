//! Operations on resources: starting one (its monitor URLs in the provider's style), ending it
//! (by time, or when observed in poll-counted mode) and applying its effect to the store, and
//! the monitors clients poll.
//!
//! Timed operations end on their own: every request first ends those whose time has come
//! ([`end_due`]), so a GET of the resource, a list or a write sees the operation finished although
//! nobody polled its monitor, as in Azure. A monitor ARM does not know (never issued, issued in
//! another subscription, or forgotten) answers 404, as the RPC asks of every provider.

use std::time::Instant;

use serde_json::json;

use crate::error::ArmError;
use crate::keyvault;
use crate::lro::{Behaviour, LroMode, Observed, OpKind, Operation, Outcome};
use crate::path::ResourceAddr;
use crate::profile::MonitorStyle;
use crate::reply::Reply;
use crate::resources::{Req, Resolved, set_state};
use crate::state::World;
use crate::validate::normalize;

/// The monitors of an operation just started.
#[derive(Debug, Clone)]
pub struct Started {
    /// The `Location` monitor (`operationResults` and the providers' variants).
    pub location_url: String,
    /// The `Azure-AsyncOperation` status resource (`operationStatuses`).
    pub status_url: String,
}

/// Starts an operation of `kind` on `addr` with the behaviour `b`, and records it on the
/// resource (if the resource exists yet; a create records it when it stores the resource).
pub fn start(
    world: &mut World,
    req: &Req,
    resolved: &Resolved,
    addr: &ResourceAddr,
    kind: OpKind,
    b: &Behaviour,
    location: &str,
) -> (String, Started) {
    let style = resolved.profile.monitor;
    let id = operation_id(style, addr, location);
    let api_version = req.query.api_version().unwrap_or_default();
    let url = |status_resource| {
        monitor_url(
            req.base_url,
            style,
            addr,
            location,
            &id,
            status_resource,
            b.relative_location,
            api_version,
        )
    };
    let started = Started {
        location_url: url(false),
        status_url: url(true),
    };
    world.ops.insert(Operation {
        id: id.clone(),
        kind,
        mode: b.mode,
        resource_key: addr.key(),
        subscription: addr.subscription.clone(),
        arm_type: resolved.arm_type.clone(),
        clock: b.clock,
        started: crate::now_rfc3339(),
        ended: None,
        outcome: None,
        fail: b.fail.clone(),
        retry_after: b.retry_after,
        monitor_url: if b.mode == LroMode::AsyncOperation {
            started.status_url.clone()
        } else {
            started.location_url.clone()
        },
        delete_done_status: resolved.profile.delete_done_status,
        final_body: None,
    });
    (id, started)
}

/// Where an operation's monitor lives (absolute or relative).
#[allow(clippy::too_many_arguments)]
fn monitor_url(
    base_url: &str,
    style: MonitorStyle,
    addr: &ResourceAddr,
    location: &str,
    op: &str,
    status_resource: bool,
    relative: bool,
    api_version: &str,
) -> String {
    let base = if relative { "" } else { base_url };
    let loc = if location.is_empty() {
        "global".to_string()
    } else {
        normalize(location)
    };
    let ns = &addr.namespace;
    let kind = if status_resource {
        "operationStatuses"
    } else {
        "operationResults"
    };
    match (&addr.subscription, style) {
        (None, _) => format!("{base}/providers/{ns}/{kind}/{op}?api-version={api_version}"),
        (Some(s), _) if status_resource => {
            format!(
                "{base}/subscriptions/{s}/providers/{ns}/locations/{loc}/operationStatuses/{op}?api-version={api_version}"
            )
        }
        (Some(s), MonitorStyle::Provider) => {
            format!(
                "{base}/subscriptions/{s}/providers/{ns}/locations/{loc}/{kind}/{op}?api-version={api_version}"
            )
        }
        (Some(s), MonitorStyle::StorageAsyncOperations) => {
            format!(
                "{base}/subscriptions/{s}/providers/{ns}/locations/{loc}/asyncoperations/{op}?monitor=true&api-version={api_version}"
            )
        }
        (Some(s), MonitorStyle::ResourceGroupJob) => {
            format!("{base}/subscriptions/{s}/operationresults/{op}?api-version={api_version}")
        }
        (Some(s), MonitorStyle::ServiceBusOperationStatus) => format!(
            "{base}/subscriptions/{s}/resourcegroups/{}/providers/{ns}/locations/{loc}/operationStatus/{op}?api-version={api_version}&resourceType=Namespace",
            addr.resource_group.as_deref().unwrap_or("")
        ),
    }
}

/// An operation ID in the provider's style.
fn operation_id(style: MonitorStyle, addr: &ResourceAddr, location: &str) -> String {
    match style {
        MonitorStyle::ResourceGroupJob => {
            use base64::Engine;
            let job = json!({
                "jobId": format!("RESOURCEGROUPDELETIONJOB-{}-{}", addr.name().to_ascii_uppercase(), uuid::Uuid::new_v4().simple()),
                "jobLocation": normalize(location),
            });
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(job.to_string())
        }
        _ => uuid::Uuid::new_v4().to_string(),
    }
}

/// Applies the effect of an operation that ended.
pub fn complete(world: &mut World, op_id: &str) {
    let Some(op) = world.ops.find(op_id).cloned() else {
        return;
    };
    let Some(outcome) = op.outcome.clone() else {
        return;
    };
    world.ops.drop_hidden(op_id);
    match (&op.kind, &outcome) {
        // Only the incarnation the delete was for (not one created since).
        (OpKind::Delete, Outcome::Succeeded) => {
            if world
                .store
                .get(&op.resource_key)
                .is_some_and(|r| r.operation.as_deref() == Some(op_id))
            {
                remove(world, &op.resource_key);
            }
        }
        (OpKind::Action, _) => {}
        (_, outcome) => {
            let Some(r) = world.store.get_mut(&op.resource_key) else {
                return;
            };
            if r.operation.as_deref() != Some(op_id) {
                return;
            }
            r.operation = None;
            let mut body = r.json();
            let final_state = if matches!(outcome, Outcome::Succeeded) {
                "Succeeded"
            } else {
                "Failed"
            };
            if body.pointer("/properties/provisioningState").is_some() {
                set_state(&mut body, final_state);
            }
            r.set_json(&body);
        }
    }
}

/// Removes a resource and everything under it, soft-deleting vaults.
pub fn remove(world: &mut World, key: &str) {
    let removed = world.store.remove_tree(key);
    for vault in keyvault::soft_deleted(&removed) {
        world
            .deleted_vaults
            .insert(keyvault::key(&vault.subscription, &vault.name), vault);
    }
    world.forget_removed();
}

/// Ends every timed operation whose time has come and applies its effect.
pub fn end_due(world: &mut World, now: Instant) {
    for id in world.ops.end_due(now) {
        complete(world, &id);
    }
}

/// Forgets every monitor (they answer 404 from now on); operations still take effect.
pub fn forget(world: &mut World) {
    for id in world.ops.forget() {
        complete(world, &id);
    }
}

/// Looks at the operation in flight on a resource (`counts`: a GET of the resource).
pub fn observe_resource(world: &mut World, key: &str, counts: bool) {
    let Some(op_id) = world.store.get(key).and_then(|r| r.operation.clone()) else {
        return;
    };
    let now = Instant::now();
    // Only the client's way of following the operation counts as a poll: its monitor, or the
    // resource itself when there is no monitor (provisioning-state mode).
    let observed = match world.ops.running_mut(&op_id) {
        Some(op) if counts && op.mode == LroMode::ProvisioningState => op.observe(now),
        Some(op) => op.settle(now),
        None => Observed::Ended(Outcome::Succeeded),
    };
    if observed != Observed::InProgress {
        complete(world, &op_id);
        // An operation ended and forgotten long ago must not pin the resource.
        if let Some(r) = world.store.get_mut(key)
            && r.operation.as_deref() == Some(op_id.as_str())
            && world.ops.running(&op_id).is_none()
        {
            r.operation = None;
        }
    }
}

/// GET of an operation's monitor, addressed in `subscription` (if the URL names one).
pub fn monitor(
    world: &mut World,
    op_id: &str,
    subscription: Option<&str>,
    status_resource: bool,
) -> Result<Reply, ArmError> {
    let now = Instant::now();
    let known =
        world
            .ops
            .get(op_id)
            .is_some_and(|op| match (subscription, op.subscription.as_deref()) {
                (Some(asked), Some(own)) => asked.eq_ignore_ascii_case(own),
                (None, None) => true,
                _ => false,
            });
    if !known {
        return Err(ArmError::new(
            404,
            "NotFound",
            format!("The operation '{op_id}' could not be found."),
        ));
    }
    let observed = world.ops.get_mut(op_id).expect("known above").observe(now);
    if matches!(observed, Observed::JustEnded(_)) {
        complete(world, op_id);
    }
    let op = world.ops.get(op_id).cloned().expect("known above");
    let outcome = match observed {
        Observed::InProgress => None,
        Observed::JustEnded(o) | Observed::Ended(o) => Some(o),
    };
    if status_resource {
        let mut body = json!({"id": op.monitor_url.split('?').next().unwrap_or(""), "name": op.id, "startTime": op.started});
        body["status"] = json!(match &outcome {
            None => "InProgress",
            Some(Outcome::Succeeded) => "Succeeded",
            Some(Outcome::Failed(_)) => "Failed",
        });
        if let Some(end) = &op.ended {
            body["endTime"] = json!(end);
        }
        if let Some(Outcome::Failed(e)) = &outcome {
            body["error"] = json!({"code": e.code, "message": e.message});
        }
        let mut reply = Reply::json(200, &body);
        if let (None, Some(r)) = (&outcome, op.retry_after) {
            reply = reply.header("Retry-After", r.to_string());
        }
        return Ok(reply);
    }
    match outcome {
        None => {
            let mut reply = Reply::empty(202).header("Location", op.monitor_url.clone());
            if let Some(r) = op.retry_after {
                reply = reply.header("Retry-After", r.to_string());
            }
            Ok(reply)
        }
        Some(Outcome::Failed(e)) => Err(e),
        Some(Outcome::Succeeded) => Ok(match op.kind {
            OpKind::Delete if op.delete_done_status == 204 => Reply::empty(204),
            OpKind::Delete => Reply::empty(200),
            OpKind::Action => match &op.final_body {
                Some(b) => Reply::raw_json(200, b.clone()),
                None => Reply::empty(200),
            },
            OpKind::Create | OpKind::Update => match world.store.get(&op.resource_key) {
                Some(r) => Reply::raw_json(200, r.body.clone()),
                None => Reply::empty(204),
            },
        }),
    }
}
