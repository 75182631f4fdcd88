//! Making Azure match an object that is not being deleted: prepare, persist finalizer and ARM ID,
//! PUT only when needed (new, spec changed, inputs changed, or drift found at the sync period),
//! follow long-running operations across reconciles (and restarts), GET into status, export,
//! Ready.

use std::hash::{Hash, Hasher};
use std::sync::Arc;
use std::time::{Duration, Instant};

use kube::api::{DynamicObject, Patch, PatchParams};
use kube::runtime::events::{Event, EventType};
use reqwest::Method;
use serde_json::{Value, json};

use aso_runtime::annotations::{FINALIZER, RESOURCE_ID, ReconcilePolicy};
use aso_runtime::condition::Severity;
use aso_runtime::from_arm::status_from_arm;

use super::condition::{RECONCILING, ready_false, ready_true};
use super::exports;
use super::failure::{Failure, reason};
use super::memory::{FatalMark, Synced};
use super::operation::{self, poll_delay};
use super::prepare::{Prepared, prepare, redact};
use super::status;
use super::{Outcome, api_for, jittered, object};
use crate::arm::Call;
use crate::arm::lro::{self, Operation, Progress};
use crate::context::{Context, ObjectKey};
use crate::drift;
use crate::extensions::{self, Azure};
use crate::kinds::Kind;

/// A hash of the object's annotations (a change re-enables a fatally failed object).
pub fn annotations_hash(obj: &DynamicObject) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    if let Some(a) = &obj.metadata.annotations {
        for (k, v) in a {
            k.hash(&mut h);
            v.hash(&mut h);
        }
    }
    h.finish()
}

/// Why a PUT is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PutReason {
    /// Never succeeded for this generation.
    Spec,
    /// A referenced value changed.
    Inputs,
    /// Azure differs from the spec.
    Drift,
}

pub async fn run(
    ctx: &Context,
    key: &ObjectKey,
    kind: &Kind,
    obj: Arc<DynamicObject>,
    deps: &mut Vec<crate::controller::index::Dependency>,
) -> Result<Outcome, Failure> {
    let generation = object::generation(&obj);
    let policy = object::policy(&obj).map_err(|m| Failure::fatal(reason::INVALID_ANNOTATION, m))?;
    let memory = ctx.memory(key);
    if let Some(mark) = &memory.fatal
        && *mark
            == (FatalMark {
                generation,
                annotations_hash: annotations_hash(&obj),
            })
    {
        // Failed for good with this spec: wait for the user.
        return Ok(Outcome::idle("fatal"));
    }

    // Nothing this object depends on changed since Azure last matched it: generation and
    // annotations are the same, no dependency re-triggered it (that clears the memory), and no
    // sync is due. The common case of an event caused by our own writes costs nothing.
    if let Some(synced) = &memory.synced
        && synced.generation == generation
        && synced.annotations_hash == annotations_hash(&obj)
        && Instant::now() < synced.next_check
        && memory.operation.is_none()
        && operation::stored(&obj).is_none()
    {
        deps.extend(synced.dependencies.iter().cloned());
        return Ok(Outcome::requeue(
            synced.next_check - Instant::now(),
            "unchanged",
        ));
    }

    let prepared = prepare(ctx, kind, &obj, deps).await?;
    let secrets = prepared.secret_values.clone();
    sync(
        ctx, key, kind, obj, generation, policy, memory, prepared, deps,
    )
    .await
    .map_err(|failure| match failure {
        // ARM may quote a request back; a Secret's value never reaches a condition or log.
        Failure::Retry {
            reason,
            message,
            after,
        } => Failure::Retry {
            reason,
            message: redact(&message, &secrets),
            after,
        },
        Failure::Fatal { reason, message } => Failure::Fatal {
            reason,
            message: redact(&message, &secrets),
        },
        Failure::Kube(message) => Failure::Kube(redact(&message, &secrets)),
    })
}

/// The part of [`run`] after preparation: ARM ID and finalizer, policy, operations, PUT decision,
/// status.
#[allow(clippy::too_many_arguments)]
async fn sync(
    ctx: &Context,
    key: &ObjectKey,
    kind: &Kind,
    obj: Arc<DynamicObject>,
    generation: i64,
    policy: ReconcilePolicy,
    memory: super::memory::ObjectMemory,
    prepared: Prepared,
    deps: &[crate::controller::index::Dependency],
) -> Result<Outcome, Failure> {
    let info = kind.info;
    let api = api_for(ctx, kind, object::namespace(&obj));
    let mut obj = ensure_metadata(ctx, kind, &obj, &prepared).await?;
    let azure = Azure {
        arm: &ctx.arm,
        tokens: prepared.credential.as_ref(),
        subscription: &prepared.credential.subscription,
        catalog: &ctx.catalog,
    };
    let resource_url = format!("{}?api-version={}", prepared.id, info.api_version);

    if policy == ReconcilePolicy::Skip {
        // Never changes Azure; reads the resource so status and dependants can use it.
        let Some(current) = azure.get(&resource_url, info.kind).await? else {
            return Err(Failure::retry(
                reason::NOT_FOUND_IN_AZURE,
                format!(
                    "{} does not exist in Azure; with reconcile-policy skip the operator does not create it",
                    prepared.id
                ),
            ));
        };
        finish(
            ctx, key, kind, &obj, &prepared, &azure, &current, generation, deps,
        )
        .await?;
        return Ok(Outcome::synced(ctx, "skipped"));
    }

    // An operation in progress (possibly started before a restart): follow it, never re-send.
    let mut completed_put = false;
    if let Some(op) = operation::current(ctx, key, &obj) {
        if op.method != "PUT" {
            obj = operation::store(ctx, key, &api, &obj, None).await?;
        } else {
            match operation::poll(
                &ctx.arm,
                prepared.credential.as_ref(),
                &prepared.credential.subscription,
                info.kind,
                &op,
            )
            .await
            {
                Ok(Progress::Running { via, retry_after }) => {
                    if via != op.poll {
                        operation::store(
                            ctx,
                            key,
                            &api,
                            &obj,
                            Some(&Operation { poll: via, ..op }),
                        )
                        .await?;
                    }
                    return Ok(Outcome::requeue(
                        poll_delay(retry_after, ctx.settings.timings.default_poll),
                        "in-progress",
                    ));
                }
                Ok(Progress::Done(_)) => {
                    obj = operation::store(ctx, key, &api, &obj, None).await?;
                    completed_put = op.generation == generation;
                    if completed_put {
                        ctx.update_memory(key, |m| {
                            m.applied = Some((generation, prepared.body_hash))
                        });
                    }
                }
                Err(e) => {
                    operation::store(ctx, key, &api, &obj, None).await?;
                    return Err(e.into());
                }
            }
        }
    }

    // Decide whether to PUT.
    let mut current: Option<Value> = None;
    let ready_now = object::is_ready(&obj);
    let remembered = memory
        .synced
        .as_ref()
        .filter(|s| s.generation == generation);
    // This process's memory is the authority on what it last made Azure match: the cached
    // object may not show our own latest status write yet.
    let put = if completed_put {
        None
    } else if let Some(synced) = remembered {
        if synced.body_hash != prepared.body_hash {
            Some(PutReason::Inputs)
        } else if Instant::now() < synced.next_check {
            // In sync and nothing due: the common case of an event that changed nothing we use.
            return Ok(Outcome::requeue(
                synced.next_check - Instant::now(),
                "unchanged",
            ));
        } else {
            check_drift(ctx, kind, &azure, &resource_url, &prepared, &mut current).await?
        }
    } else if !ready_now {
        if memory.applied == Some((generation, prepared.body_hash)) {
            // Azure took this body; what failed came after (reading back, status).
            check_drift(ctx, kind, &azure, &resource_url, &prepared, &mut current).await?
        } else {
            Some(PutReason::Spec)
        }
    } else if prepared.secret_inputs {
        // Secret values are never returned by GET; after a restart we cannot tell they match.
        Some(PutReason::Inputs)
    } else {
        check_drift(ctx, kind, &azure, &resource_url, &prepared, &mut current).await?
    };

    if let Some(put_reason) = put {
        if let Some(why) = extensions::flexible_server::blocked(
            info,
            object::status(&obj),
            prepared.owner.as_deref().and_then(object::status),
        ) {
            return Err(Failure::retry(reason::BLOCKED_BY_STATE, why));
        }
        let mut body = prepared.body.clone();
        extensions::before_put(&azure, info, &prepared.id, &mut body, current.as_ref()).await?;
        let response = ctx
            .arm
            .send(
                prepared.credential.as_ref(),
                &prepared.credential.subscription,
                &Call {
                    method: Method::PUT,
                    url: &resource_url,
                    body: Some(&body),
                    kind: info.kind,
                },
            )
            .await?;
        if put_reason == PutReason::Drift {
            drift_corrected(ctx, kind, &obj).await;
        }
        match lro::start("PUT", &response)? {
            Progress::Running { via, retry_after } => {
                let op = Operation {
                    method: "PUT".into(),
                    id: prepared.id.clone(),
                    api_version: info.api_version.to_string(),
                    poll: via,
                    generation,
                };
                let stored = operation::store(ctx, key, &api, &obj, Some(&op)).await?;
                status::write_condition(
                    &api,
                    &stored,
                    ready_false(
                        Severity::Info,
                        RECONCILING,
                        "The resource is in the process of being reconciled by the operator",
                        generation,
                    ),
                )
                .await?;
                return Ok(Outcome::requeue(
                    poll_delay(retry_after, ctx.settings.timings.default_poll),
                    "in-progress",
                ));
            }
            Progress::Done(_) => {
                ctx.update_memory(key, |m| m.applied = Some((generation, prepared.body_hash)));
            }
        }
        current = None;
    }

    let current = match current {
        Some(c) => c,
        None => azure.get(&resource_url, info.kind).await?.ok_or_else(|| {
            Failure::retry(
                reason::NOT_FOUND_IN_AZURE,
                format!(
                    "{} was not found in Azure right after it was created",
                    prepared.id
                ),
            )
        })?,
    };
    finish(
        ctx, key, kind, &obj, &prepared, &azure, &current, generation, deps,
    )
    .await?;
    Ok(Outcome::synced(ctx, "ready"))
}

/// GETs the resource and compares it with the body; the reason to PUT, if any.
async fn check_drift(
    ctx: &Context,
    kind: &Kind,
    azure: &Azure<'_>,
    resource_url: &str,
    prepared: &Prepared,
    current: &mut Option<Value>,
) -> Result<Option<PutReason>, Failure> {
    let Some(actual) = azure.get(resource_url, kind.info.kind).await? else {
        tracing::info!(kind = kind.info.kind, id = %prepared.id, "resource is gone from Azure; creating it again");
        return Ok(Some(PutReason::Drift));
    };
    let schema =
        aso_runtime::arm_schema::ArmSchema::from_json(kind.info.arm_schema).unwrap_or_default();
    let differences = drift::differences(&prepared.body, &actual, &schema);
    *current = Some(actual);
    if differences.is_empty() {
        ctx.metrics.put_avoided(kind.info.kind);
        Ok(None)
    } else {
        tracing::info!(
            kind = kind.info.kind,
            id = %prepared.id,
            drift = %redact(
                &differences.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "),
                &prepared.secret_values
            ),
            "Azure differs from the spec"
        );
        Ok(Some(PutReason::Drift))
    }
}

async fn drift_corrected(ctx: &Context, kind: &Kind, obj: &DynamicObject) {
    ctx.metrics.drift_corrected(kind.info.kind);
    let reference = k8s_openapi::api::core::v1::ObjectReference {
        api_version: Some(kind.info.api_version_string()),
        kind: Some(kind.info.kind.to_string()),
        name: obj.metadata.name.clone(),
        namespace: obj.metadata.namespace.clone(),
        uid: obj.metadata.uid.clone(),
        resource_version: obj.metadata.resource_version.clone(),
        ..Default::default()
    };
    let event = Event {
        type_: EventType::Normal,
        reason: "DriftCorrected".into(),
        note: Some(
            "The resource in Azure no longer matched the spec; it was updated to match".into(),
        ),
        action: "Update".into(),
        secondary: None,
    };
    if let Err(e) = ctx.events.publish(&event, &reference).await {
        tracing::warn!(error = %e, "recording the DriftCorrected event failed");
    }
}

/// Status from the GET, exports, Ready=True, and memory of the sync.
#[allow(clippy::too_many_arguments)]
async fn finish(
    ctx: &Context,
    key: &ObjectKey,
    kind: &Kind,
    obj: &DynamicObject,
    prepared: &Prepared,
    azure: &Azure<'_>,
    current: &Value,
    generation: i64,
    dependencies: &[crate::controller::index::Dependency],
) -> Result<(), Failure> {
    let info = kind.info;
    let fields = status_from_arm(info, current);
    let requests = exports::requested(object::spec(obj));
    if !requests.is_empty() {
        let azure_values = if exports::needs_azure(info, &requests) {
            extensions::exports::values(azure, info, &prepared.id, &fields)
                .await
                .map_err(Failure::from)?
        } else {
            Default::default()
        };
        let contents = exports::contents(info, &requests, &fields, &azure_values)?;
        let owner = exports::owner_reference(info, obj);
        exports::write(&ctx.kube, object::namespace(obj), &owner, &contents).await?;
    }
    let api = api_for(ctx, kind, object::namespace(obj));
    status::write(
        &api,
        obj,
        status::new_status(obj, Some(fields), ready_true(generation)),
    )
    .await?;
    let next_check = Instant::now()
        + ctx
            .settings
            .sync_period
            .map_or(Duration::from_secs(100 * 365 * 86400), jittered);
    ctx.update_memory(key, |m| {
        m.attempts = 0;
        m.fatal = None;
        m.synced = Some(Synced {
            generation,
            annotations_hash: annotations_hash(obj),
            body_hash: prepared.body_hash,
            dependencies: dependencies.to_vec(),
            next_check,
        });
    });
    Ok(())
}

/// Persists the finalizer, the ARM ID and the owner reference before anything is sent to
/// Azure, so a resource is never created that the operator could forget to delete.
async fn ensure_metadata(
    ctx: &Context,
    kind: &Kind,
    obj: &Arc<DynamicObject>,
    prepared: &Prepared,
) -> Result<DynamicObject, Failure> {
    let api = api_for(ctx, kind, object::namespace(obj));
    let mut current = (**obj).clone();
    // Lists are replaced whole by a merge patch, so the write is conditional on the version it
    // was computed from; on a conflict (often our own cache being a step behind) it is computed
    // again from the newest version.
    for _ in 0..5 {
        let Some(patch) = metadata_patch(&current, prepared) else {
            return Ok(current);
        };
        match api
            .patch(
                object::name(&current),
                &PatchParams::default(),
                &Patch::Merge(&patch),
            )
            .await
        {
            Ok(updated) => return Ok(updated),
            Err(kube::Error::Api(e)) if e.code == 409 => {
                current = api
                    .get(object::name(&current))
                    .await
                    .map_err(|e| Failure::kube("re-reading the object", e))?;
            }
            Err(e) => return Err(Failure::kube("recording the finalizer and ARM ID", e)),
        }
    }
    Err(Failure::Kube(
        "recording the finalizer and ARM ID: the object kept changing".into(),
    ))
}

/// The merge patch adding what `obj` lacks of finalizer, ARM ID and owner reference.
fn metadata_patch(obj: &DynamicObject, prepared: &Prepared) -> Option<Value> {
    let mut finalizers = obj.metadata.finalizers.clone().unwrap_or_default();
    let needs_finalizer = !finalizers.iter().any(|f| f == FINALIZER);
    let needs_id = object::annotation(obj, RESOURCE_ID) != Some(prepared.id.as_str());
    let mut owner_references = obj.metadata.owner_references.clone().unwrap_or_default();
    let needs_owner = prepared
        .owner_reference
        .as_ref()
        .is_some_and(|o| !owner_references.iter().any(|r| r.uid == o.uid));
    if !needs_finalizer && !needs_id && !needs_owner {
        return None;
    }
    let mut metadata = serde_json::Map::new();
    metadata.insert(
        "resourceVersion".into(),
        json!(obj.metadata.resource_version),
    );
    if needs_finalizer {
        finalizers.push(FINALIZER.to_string());
        metadata.insert("finalizers".into(), json!(finalizers));
    }
    if needs_id {
        metadata.insert("annotations".into(), json!({ RESOURCE_ID: prepared.id }));
    }
    if needs_owner && let Some(owner) = &prepared.owner_reference {
        // A stale reference to an earlier owner object of the same name is replaced.
        owner_references.retain(|r| !(r.kind == owner.kind && r.name == owner.name));
        owner_references.push(owner.clone());
        metadata.insert("ownerReferences".into(), json!(owner_references));
    }
    Some(json!({ "metadata": metadata }))
}
