//! Deleting: with the `manage` policy, DELETE in Azure and follow the operation (404 is success);
//! with `detach-on-delete` or `skip`, leave Azure alone. Then remove the finalizer.

use std::sync::Arc;

use kube::api::{DynamicObject, Patch, PatchParams};
use reqwest::Method;
use serde_json::json;

use aso_runtime::annotations::{CREDENTIAL_FROM, FINALIZER, RESOURCE_ID, ReconcilePolicy};
use aso_runtime::condition::Severity;

use super::condition::{DELETING, ready_false};
use super::failure::{Failure, reason};
use super::operation::{self, poll_delay};
use super::status;
use super::{Outcome, api_for, object};
use crate::arm::Call;
use crate::arm::lro::{self, Operation, Progress};
use crate::context::{Context, ObjectKey};
use crate::identity::CredentialError;
use crate::kinds::Kind;

pub async fn run(
    ctx: &Context,
    key: &ObjectKey,
    kind: &Kind,
    obj: Arc<DynamicObject>,
) -> Result<Outcome, Failure> {
    if !object::has_finalizer(&obj) {
        return Ok(Outcome::idle("deleted"));
    }
    let policy = object::policy(&obj).unwrap_or(ReconcilePolicy::Manage);
    let id = object::annotation(&obj, RESOURCE_ID).map(str::to_string);
    let (ReconcilePolicy::Manage, Some(id)) = (policy, id) else {
        // Detached, skipped, or never sent to Azure: nothing to delete there.
        remove_finalizer(ctx, kind, &obj).await?;
        return Ok(Outcome::idle("deleted"));
    };
    let info = kind.info;
    let namespace = object::namespace(&obj);
    let credential = ctx
        .identities
        .for_resource(namespace, object::annotation(&obj, CREDENTIAL_FROM))
        .await
        .map_err(|(e, _)| match e {
            CredentialError::Kube(m) => Failure::Kube(m),
            other => Failure::retry(
                reason::CREDENTIAL_NOT_FOUND,
                format!("cannot delete {id} from Azure: {other}"),
            ),
        })?
        .credential;
    let subscription = credential.subscription.clone();
    let api = api_for(ctx, kind, namespace);

    if let Some(op) = operation::current(ctx, key, &obj).filter(|op| op.method == "DELETE") {
        return match operation::poll(&ctx.arm, credential.as_ref(), &subscription, info.kind, &op)
            .await?
        {
            Progress::Running { via, retry_after } => {
                if via != op.poll {
                    operation::store(ctx, key, &api, &obj, Some(&Operation { poll: via, ..op }))
                        .await?;
                }
                Ok(Outcome::requeue(
                    poll_delay(retry_after, ctx.settings.timings.default_poll),
                    "deleting",
                ))
            }
            Progress::Done(_) => {
                remove_finalizer(ctx, kind, &obj).await?;
                Ok(Outcome::idle("deleted"))
            }
        };
    }

    let url = format!("{id}?api-version={}", info.api_version);
    let answer = ctx
        .arm
        .send(
            credential.as_ref(),
            &subscription,
            &Call {
                method: Method::DELETE,
                url: &url,
                body: None,
                kind: info.kind,
            },
        )
        .await;
    let response = match answer {
        Ok(r) => r,
        // Already gone (or its resource group or parent is): done.
        Err(e) if e.is_not_found() => {
            remove_finalizer(ctx, kind, &obj).await?;
            return Ok(Outcome::idle("deleted"));
        }
        Err(e) => return Err(e.into()),
    };
    match lro::start("DELETE", &response)? {
        Progress::Done(_) => {
            remove_finalizer(ctx, kind, &obj).await?;
            Ok(Outcome::idle("deleted"))
        }
        Progress::Running { via, retry_after } => {
            let op = Operation {
                method: "DELETE".into(),
                id: id.clone(),
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

async fn remove_finalizer(ctx: &Context, kind: &Kind, obj: &DynamicObject) -> Result<(), Failure> {
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
