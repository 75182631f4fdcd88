//! Deleting: the [`decide_delete`] decision (a pure function) on the policy, the ARM ID the
//! operator can trust and the operation in flight, carried out: DELETE exactly the recorded ID
//! and follow the operation (404 is success), or leave Azure alone; then remove the finalizer.

use std::sync::Arc;

use kube::api::{DynamicObject, Patch, PatchParams};
use serde_json::json;

use aso_runtime::KindInfo;
use aso_runtime::annotations::FINALIZER;
use aso_runtime::condition::Severity;
use aso_runtime::resolve::ResolveError;

use super::condition::{DELETING, ready_false};
use super::decision::{DeleteDecision, Recorded, decide_delete};
use super::failure::{Failure, reason};
use super::operation::{self, Polled, poll_delay};
use super::prepare::{ClusterOwners, credential, place};
use super::status;
use super::trust::{self, RecordedId};
use super::{Outcome, api_for, object};
use crate::arm::ScopedArm;
use crate::arm::lro::{self, Operation, Progress};
use crate::context::{Context, ObjectKey};
use crate::extensions::{self, DeleteMode};
use crate::kinds::Kind;

pub async fn run(
    ctx: &Context,
    key: &ObjectKey,
    kind: &Kind,
    info: &'static KindInfo,
    obj: Arc<DynamicObject>,
) -> Result<Outcome, Failure> {
    if !object::has_finalizer(&obj) {
        return Ok(Outcome::idle("deleted"));
    }
    let policy = object::policy(&obj);
    let (operation, _) = operation::current(ctx, key, &obj);
    let operation = operation.filter(|op| op.method == "DELETE");
    let mode = extensions::for_kind(info).delete();
    // The credential is needed to check an unsigned ID and to delete; not to release.
    let needs_azure = matches!(
        policy,
        Ok(aso_runtime::annotations::ReconcilePolicy::Manage)
    ) && (operation.is_some()
        || !matches!(trust::recorded_id(&ctx.signer, &obj), RecordedId::None));
    let credential = if needs_azure {
        Some(credential(ctx, &obj, &mut Vec::new()).await?)
    } else {
        None
    };
    let recorded = match &credential {
        Some(c) => recorded(ctx, info, &obj, &c.subscription),
        None => Recorded::Nothing,
    };
    let decision = decide_delete(
        &policy,
        &recorded,
        operation.is_some(),
        !matches!(mode, DeleteMode::Skip(_)),
    );
    let (credential, id) = match (decision, credential) {
        (DeleteDecision::Release(why), _) => {
            let why = match mode {
                DeleteMode::Skip(text) => text.to_string(),
                DeleteMode::Delete | DeleteMode::DeleteWith(_) => why,
            };
            tracing::info!(kind = info.kind, namespace = %key.namespace, name = %key.name, %why, "released without deleting in Azure");
            remove_finalizer(ctx, kind, &obj).await?;
            return Ok(Outcome::idle("deleted"));
        }
        (DeleteDecision::Refuse { reason, message }, _) => {
            return Err(Failure::fatal(reason, message));
        }
        (DeleteDecision::Poll, Some(c)) => {
            let op = operation.ok_or_else(|| Failure::Kube("no operation to poll".into()))?;
            let azure = ScopedArm::new(
                &ctx.arm,
                c.as_ref(),
                &c.subscription,
                &ctx.catalog,
                [op.id.clone()],
            );
            return follow(ctx, key, kind, &obj, &azure, info, op).await;
        }
        (DeleteDecision::Delete(id), Some(c)) => (c, id),
        (DeleteDecision::Poll | DeleteDecision::Delete(_), None) => {
            return Err(Failure::Kube("deleting without a credential".into()));
        }
    };
    let azure = ScopedArm::new(
        &ctx.arm,
        credential.as_ref(),
        &credential.subscription,
        &ctx.catalog,
        [id.clone()],
    );
    let extension = extensions::for_kind(info);
    // Failures here are classified as the kind classifies them, as the DELETE's are.
    let classified = |e: crate::arm::ArmError| {
        let class = extension.classify_error(&e);
        Failure::from_arm(e, class)
    };
    extension
        .before_delete(&azure, info, &id)
        .await
        .map_err(classified)?;
    let deleted = match mode {
        DeleteMode::DeleteWith(extras) => {
            azure
                .delete_with(&id, info.api_version, extras, info.kind)
                .await
        }
        DeleteMode::Delete | DeleteMode::Skip(_) => {
            azure.delete(&id, info.api_version, info.kind).await
        }
    };
    let response = match deleted {
        Ok(r) => r,
        // Already gone (or its resource group or parent is): done.
        Err(e) if e.is_not_found() => {
            remove_finalizer(ctx, kind, &obj).await?;
            return Ok(Outcome::idle("deleted"));
        }
        Err(e) => return Err(classified(e)),
    };
    match lro::start("DELETE", &response)? {
        Progress::Done(_) => {
            remove_finalizer(ctx, kind, &obj).await?;
            Ok(Outcome::idle("deleted"))
        }
        Progress::Running { via, retry_after } => {
            let api = api_for(ctx, kind, &key.namespace);
            let op = Operation {
                method: "DELETE".into(),
                id,
                api_version: info.api_version.to_string(),
                poll: via,
                generation: object::generation(&obj),
            };
            let stored = operation::store(ctx, key, &api, &obj, Some(&op)).await?;
            status::write_condition(
                &api,
                &stored,
                ready_false(
                    Severity::Info,
                    DELETING,
                    "The resource is being deleted from Azure",
                    object::generation(&obj),
                ),
            )
            .await?;
            Ok(Outcome::requeue(
                poll_delay(retry_after, ctx.settings.timings.default_poll),
                "deleting",
            ))
        }
    }
}

/// Where the object's resource is, as far as the operator trusts its `resource-id`: signed by
/// the operator, or equal to where the spec puts it now.
fn recorded(
    ctx: &Context,
    info: &'static KindInfo,
    obj: &DynamicObject,
    subscription: &str,
) -> Recorded {
    let recorded = match trust::recorded_id(&ctx.signer, obj) {
        RecordedId::None => return Recorded::Nothing,
        RecordedId::Signed(id) => return Recorded::Trusted(id.to_string()),
        RecordedId::Unsigned(id) => id.to_string(),
    };
    // Being deleted, the owner need not be Ready, only known.
    let owners = ClusterOwners::new(ctx, false);
    let derived = place(ctx, info, obj, subscription, &owners);
    match derived {
        Ok(placement) if placement.id.eq_ignore_ascii_case(&recorded) => {
            Recorded::Trusted(recorded)
        }
        Ok(placement) => Recorded::Changed {
            recorded,
            derived: placement.id,
        },
        Err(ResolveError::WaitingForOwner(_)) if owner_object_gone(ctx, info, obj) => {
            Recorded::OwnerGone(recorded)
        }
        Err(e) => Recorded::Changed {
            recorded,
            derived: format!("unknown ({e})"),
        },
    }
}

/// Whether the object's owner is given by name and no longer exists.
fn owner_object_gone(ctx: &Context, info: &KindInfo, obj: &DynamicObject) -> bool {
    match aso_runtime::resolve::owner_spec(info, object::spec(obj)) {
        Ok(aso_runtime::resolve::OwnerSpec::Object(owner)) => {
            ctx.kinds.find(&owner.group, &owner.kind).is_none_or(|k| {
                ctx.caches[k.index]
                    .get(object::namespace(obj), &owner.name)
                    .is_none()
            })
        }
        _ => false,
    }
}

/// Follows the DELETE in flight.
async fn follow(
    ctx: &Context,
    key: &ObjectKey,
    kind: &Kind,
    obj: &DynamicObject,
    azure: &ScopedArm<'_>,
    info: &KindInfo,
    op: Operation,
) -> Result<Outcome, Failure> {
    let api = api_for(ctx, kind, &key.namespace);
    match operation::poll(azure, info.kind, &op).await {
        Polled::Running { via, retry_after } => {
            if via != op.poll {
                operation::store(ctx, key, &api, obj, Some(&Operation { poll: via, ..op })).await?;
            }
            Ok(Outcome::requeue(
                poll_delay(retry_after, ctx.settings.timings.default_poll),
                "deleting",
            ))
        }
        Polled::Done => {
            remove_finalizer(ctx, kind, obj).await?;
            Ok(Outcome::idle("deleted"))
        }
        Polled::Failed(e) => {
            operation::store(ctx, key, &api, obj, None).await?;
            Err(e.into())
        }
        // The monitor is gone: DELETE again (idempotent; 404 ends it).
        Polled::Gone => {
            operation::store(ctx, key, &api, obj, None).await?;
            Err(Failure::retry(
                reason::NOT_FOUND_IN_AZURE,
                "the deletion's operation is gone; deleting again",
            ))
        }
        Polled::Unanswered(e) => Err(operation::unanswered(e)),
    }
}

pub(crate) async fn remove_finalizer(
    ctx: &Context,
    kind: &Kind,
    obj: &DynamicObject,
) -> Result<(), Failure> {
    let api = api_for(ctx, kind, object::namespace(obj));
    let mut current = obj.clone();
    // The finalizer list is replaced as a whole, so the write is conditional on the version it
    // was computed from; on a conflict it is computed again from the newest version.
    for _ in 0..5 {
        if !object::has_finalizer(&current) {
            return Ok(());
        }
        let finalizers: Vec<String> = current
            .metadata
            .finalizers
            .clone()
            .unwrap_or_default()
            .into_iter()
            .filter(|f| f != FINALIZER)
            .collect();
        let patch = json!({"metadata": {
            "resourceVersion": current.metadata.resource_version,
            "finalizers": finalizers,
        }});
        match api
            .patch(
                object::name(&current),
                &PatchParams::default(),
                &Patch::Merge(&patch),
            )
            .await
        {
            Ok(_) => return Ok(()),
            // Gone already.
            Err(kube::Error::Api(e)) if e.code == 404 => return Ok(()),
            Err(kube::Error::Api(e)) if e.code == 409 => {
                match api.get_opt(object::name(&current)).await {
                    Ok(Some(fresh)) => current = fresh,
                    Ok(None) => return Ok(()),
                    Err(e) => return Err(Failure::kube("re-reading the object", e)),
                }
            }
            Err(e) => return Err(Failure::kube("removing the finalizer", e)),
        }
    }
    Err(Failure::Kube(
        "removing the finalizer: the object kept changing".into(),
    ))
}
