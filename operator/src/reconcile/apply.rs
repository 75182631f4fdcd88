//! Making Azure match an object that is not being deleted: prepare, persist finalizer and ARM
//! ID, then carry out the [`decision`](super::decision) (poll an operation, do nothing, read,
//! compare, or PUT), GET into status, export, Ready.

use std::hash::{Hash, Hasher};
use std::sync::Arc;
use std::time::{Duration, Instant};

use kube::api::{Api, DynamicObject};
use kube::runtime::events::{Event, EventType};
use serde_json::{Value, json};

use aso_runtime::KindInfo;
use aso_runtime::annotations::RESOURCE_ID;
use aso_runtime::arm_schema::ArmSchema;
use aso_runtime::condition::Severity;
use aso_runtime::from_arm::status_from_arm;

use super::condition::{RECONCILING, ready_false, ready_true};
use super::decision::{self, AfterCompare, Decision, Found, Observed, PutReason};
use super::exports;
use super::failure::{Failure, reason};
use super::memory::{FatalMark, ObjectMemory, Synced};
use super::operation::{self, Polled, poll_delay};
use super::prepare::{Prepared, prepare, redact};
use super::status;
use super::trust::PROOF_ANNOTATION;
use super::{Outcome, api_for, deadline_after, object};
use crate::arm::lro::{self, Operation, Progress};
use crate::arm::{ArmError, ScopedArm};
use crate::context::{Context, ObjectKey};
use crate::controller::index::Dependency;
use crate::drift;
use crate::extensions::{self, Check, Extension, Put};
use crate::kinds::Kind;

/// A hash of the object's annotations: any change ends a sync's "unchanged" shortcut (a
/// tenant pointing `resource-id` elsewhere is looked at at once).
pub fn annotations_hash(obj: &DynamicObject) -> u64 {
    hash_annotations(obj, |_| true)
}

/// Annotations only the operator writes: the ARM ID it records before its first PUT, its proof,
/// the operation in flight.
const OWN_ANNOTATIONS: [&str; 3] = [
    aso_runtime::annotations::RESOURCE_ID,
    PROOF_ANNOTATION,
    operation::OPERATION_ANNOTATION,
];

/// A hash of the annotations the user writes: a change re-enables a fatally failed object. The
/// operator's own are left out: the cache may hold the object from before or after the failed
/// reconcile recorded its ARM ID, and both must give one hash, or the failure is retried once
/// the cache catches up. (A fatally failed object sends nothing, so a forged ID on it is only
/// looked at with the next change, which reconciles it fully.)
pub fn user_annotations_hash(obj: &DynamicObject) -> u64 {
    hash_annotations(obj, |k| !OWN_ANNOTATIONS.contains(&k))
}

fn hash_annotations(obj: &DynamicObject, counts: impl Fn(&str) -> bool) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    if let Some(a) = &obj.metadata.annotations {
        for (k, v) in a.iter().filter(|(k, _)| counts(k)) {
            k.hash(&mut h);
            v.hash(&mut h);
        }
    }
    h.finish()
}

pub async fn run(
    ctx: &Context,
    key: &ObjectKey,
    kind: &Kind,
    info: &'static KindInfo,
    obj: Arc<DynamicObject>,
    deps: &mut Vec<Dependency>,
) -> Result<Outcome, Failure> {
    let generation = object::generation(&obj);
    let memory = ctx.memory(key);
    if memory.fatal.as_ref() == Some(&FatalMark::of(&obj)) {
        // Failed for good with this spec: wait for the user.
        return Ok(Outcome::idle("fatal"));
    }

    // Nothing this object depends on changed since Azure last matched it: generation and
    // annotations are the same, no dependency re-triggered it (that clears the memory), and no
    // sync is due. The common case of an event caused by our own writes costs nothing.
    let now = Instant::now();
    if let Some(synced) = &memory.synced
        && synced.generation == generation
        && synced.annotations_hash == annotations_hash(&obj)
        && now < synced.next_check
        && memory.operation.is_none()
        && object::annotation(&obj, operation::OPERATION_ANNOTATION).is_none()
    {
        deps.extend(synced.dependencies.iter().cloned());
        return Ok(Outcome::requeue(synced.next_check - now, "unchanged"));
    }
    // An unrecognised policy stops everything, before anything is read or written.
    if let Err(why) = object::policy(&obj) {
        return Err(Failure::fatal(
            reason::INVALID_ANNOTATION,
            format!("{why}; nothing is sent to Azure until it is fixed"),
        ));
    }

    let prepared = prepare(ctx, info, &obj, deps).await?;
    let secrets = prepared.secret_values.clone();
    let sync = Sync {
        ctx,
        key,
        info,
        api: api_for(ctx, kind, object::namespace(&obj)),
        extension: extensions::for_kind(info),
        azure: prepared.azure(ctx),
        prepared: &prepared,
        deps,
        generation,
    };
    sync.run(obj, memory)
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

/// How following an operation ended.
enum Followed {
    /// Still running: look again then.
    Running(Outcome),
    /// Over or forgotten; decide again.
    Over {
        /// This generation's PUT completed.
        completed_put: bool,
        /// Forgotten without knowing how it ended: look before writing.
        verify_first: bool,
    },
}

/// One reconcile after preparation.
struct Sync<'a> {
    ctx: &'a Context,
    key: &'a ObjectKey,
    info: &'static KindInfo,
    api: Api<DynamicObject>,
    extension: &'static dyn Extension,
    azure: ScopedArm<'a>,
    prepared: &'a Prepared,
    deps: &'a [Dependency],
    generation: i64,
}

impl Sync<'_> {
    async fn run(&self, obj: Arc<DynamicObject>, memory: ObjectMemory) -> Result<Outcome, Failure> {
        let mut obj = ensure_metadata(&self.api, &obj, self.prepared, &self.ctx.signer).await?;
        let (operation, forged) = operation::current(self.ctx, self.key, &obj);
        if forged {
            // Not ours: forget it, and look at Azure before writing anything.
            obj = operation::store(self.ctx, self.key, &self.api, &obj, None).await?;
            self.ctx.update_memory(self.key, |m| m.verify_first = true);
        }
        let mut observed = Observed {
            policy: object::policy(&obj),
            generation: self.generation,
            body_hash: self.prepared.body_hash,
            ready: object::is_ready(&obj),
            reconciled: object::reconciled_generation(&obj) == Some(self.generation),
            secret_inputs: self.prepared.secret_inputs,
            operation: operation.is_some(),
            completed_put: false,
            synced: memory.synced.as_ref().map(|s| decision::Synced {
                generation: s.generation,
                body_hash: s.body_hash,
                due: Instant::now() >= s.next_check,
            }),
            applied: memory.applied,
            verify_first: memory.verify_first || forged,
        };
        loop {
            match decision::decide(&observed) {
                Decision::Refuse(why) => {
                    return Err(Failure::fatal(reason::INVALID_ANNOTATION, why));
                }
                Decision::Poll => {
                    let op = operation.clone().ok_or_else(|| {
                        Failure::Kube("an operation was to be polled, but none is known".into())
                    })?;
                    match self.follow(&mut obj, op).await? {
                        Followed::Running(outcome) => return Ok(outcome),
                        Followed::Over {
                            completed_put,
                            verify_first,
                        } => {
                            observed.operation = false;
                            observed.completed_put = completed_put;
                            observed.verify_first |= verify_first;
                        }
                    }
                }
                Decision::Unchanged => {
                    let next = memory.synced.as_ref().map(|s| s.next_check);
                    let left = next.map_or(Duration::ZERO, |n| {
                        n.saturating_duration_since(Instant::now())
                    });
                    return Ok(Outcome::requeue(left, "unchanged"));
                }
                Decision::ReadOnly => {
                    let Some(current) = self.get().await? else {
                        return Err(Failure::retry(
                            reason::NOT_FOUND_IN_AZURE,
                            format!(
                                "{} does not exist in Azure; with reconcile-policy skip the operator does not create it",
                                self.prepared.id()
                            ),
                        ));
                    };
                    self.finish(&obj, &current).await?;
                    return Ok(Outcome::synced(self.ctx, "skipped"));
                }
                Decision::Read => return self.read_and_finish(&obj).await,
                Decision::Compare => {
                    let current = self.get().await?;
                    let found = self.compare(current.as_ref());
                    match decision::after_compare(&observed, found) {
                        AfterCompare::InSync => {
                            self.ctx.metrics.put_avoided(self.info.kind);
                            let current = current.unwrap_or_default();
                            self.finish(&obj, &current).await?;
                            return Ok(Outcome::synced(self.ctx, "ready"));
                        }
                        AfterCompare::Wait => {
                            return Ok(Outcome::requeue(
                                self.ctx.settings.timings.default_poll,
                                "in-progress",
                            ));
                        }
                        AfterCompare::Put(why) => {
                            return self.put(&obj, why, current.as_ref()).await;
                        }
                    }
                }
                Decision::Put(why) => return self.put(&obj, why, None).await,
            }
        }
    }

    /// Follows the operation in flight, once.
    async fn follow(&self, obj: &mut DynamicObject, op: Operation) -> Result<Followed, Failure> {
        let forget = Followed::Over {
            completed_put: false,
            verify_first: true,
        };
        if op.method != "PUT" {
            // A DELETE of an object that is no longer being deleted: nothing to follow here.
            *obj = operation::store(self.ctx, self.key, &self.api, obj, None).await?;
            self.ctx.update_memory(self.key, |m| m.verify_first = true);
            return Ok(forget);
        }
        match operation::poll(&self.azure, self.info.kind, &op).await {
            Polled::Running { via, retry_after } => {
                if via != op.poll {
                    let moved = Operation { poll: via, ..op };
                    operation::store(self.ctx, self.key, &self.api, obj, Some(&moved)).await?;
                }
                Ok(Followed::Running(Outcome::requeue(
                    poll_delay(retry_after, self.ctx.settings.timings.default_poll),
                    "in-progress",
                )))
            }
            Polled::Done => {
                *obj = operation::store(self.ctx, self.key, &self.api, obj, None).await?;
                let this_generation = op.generation == self.generation;
                let hash = self.prepared.body_hash;
                if this_generation {
                    self.ctx
                        .update_memory(self.key, |m| m.applied = Some((op.generation, hash)));
                }
                Ok(Followed::Over {
                    completed_put: this_generation,
                    verify_first: false,
                })
            }
            Polled::Failed(e) => {
                operation::store(self.ctx, self.key, &self.api, obj, None).await?;
                Err(self.failure(e))
            }
            Polled::Gone => {
                tracing::info!(kind = self.info.kind, id = %self.prepared.id(), "the operation in progress is gone; reading the resource before writing again");
                *obj = operation::store(self.ctx, self.key, &self.api, obj, None).await?;
                self.ctx.update_memory(self.key, |m| m.verify_first = true);
                Ok(forget)
            }
            // Kept: Azure goes on with it whether or not we can see it.
            Polled::Unanswered(e) => Err(operation::unanswered(e)),
        }
    }

    /// An ARM error as a failure, as the kind classifies it.
    fn failure(&self, e: ArmError) -> Failure {
        let class = self.extension.classify_error(&e);
        Failure::from_arm(e, class)
    }

    async fn get(&self) -> Result<Option<Value>, Failure> {
        self.azure
            .get(self.prepared.id(), self.info.api_version, self.info.kind)
            .await
            .map_err(|e| self.failure(e))
    }

    /// What a GET found, compared with the body.
    fn compare(&self, current: Option<&Value>) -> Found {
        let Some(actual) = current else {
            tracing::info!(kind = self.info.kind, id = %self.prepared.id(), "the resource does not exist in Azure");
            return Found::Missing;
        };
        if lro::is_busy(actual) {
            return Found::Busy;
        }
        let schema = match ArmSchema::of(self.info) {
            Ok(schema) => schema,
            Err(bug) => {
                tracing::error!(kind = self.info.kind, error = %bug, "cannot compare with Azure");
                return Found::Present { differs: true };
            }
        };
        let differences = drift::differences(&self.prepared.body, actual, schema);
        if !differences.is_empty() {
            tracing::info!(
                kind = self.info.kind,
                id = %self.prepared.id(),
                drift = %redact(
                    &differences.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "),
                    &self.prepared.secret_values
                ),
                "Azure differs from the spec"
            );
        }
        Found::Present {
            differs: !differences.is_empty(),
        }
    }

    async fn put(
        &self,
        obj: &DynamicObject,
        why: PutReason,
        current: Option<&Value>,
    ) -> Result<Outcome, Failure> {
        let check = Check {
            status: object::status(obj),
            owner_status: self.prepared.owner.as_deref().and_then(object::status),
        };
        if let Some(why) = self.extension.pre_reconcile(check) {
            return Err(Failure::retry(reason::BLOCKED_BY_STATE, why));
        }
        let mut body = self.prepared.body.clone();
        let put = Put {
            azure: &self.azure,
            info: self.info,
            id: self.prepared.id(),
            current,
        };
        self.extension.modify_body(&put, &mut body).await?;
        let response = self
            .azure
            .put(
                self.prepared.id(),
                self.info.api_version,
                &body,
                self.info.kind,
            )
            .await
            .map_err(|e| self.failure(e))?;
        self.ctx.update_memory(self.key, |m| m.verify_first = false);
        if why == PutReason::Drift {
            drift_corrected(self.ctx, self.info, obj).await;
        }
        match lro::start("PUT", &response).map_err(|e| self.failure(e))? {
            Progress::Running { via, retry_after } => {
                let op = Operation {
                    method: "PUT".into(),
                    id: self.prepared.id().to_string(),
                    api_version: self.info.api_version.to_string(),
                    poll: via,
                    generation: self.generation,
                };
                let stored =
                    operation::store(self.ctx, self.key, &self.api, obj, Some(&op)).await?;
                status::write_condition(
                    &self.api,
                    &stored,
                    ready_false(
                        Severity::Info,
                        RECONCILING,
                        "The resource is in the process of being reconciled by the operator",
                        self.generation,
                    ),
                )
                .await?;
                Ok(Outcome::requeue(
                    poll_delay(retry_after, self.ctx.settings.timings.default_poll),
                    "in-progress",
                ))
            }
            Progress::Done(_) => {
                let (generation, hash) = (self.generation, self.prepared.body_hash);
                self.ctx
                    .update_memory(self.key, |m| m.applied = Some((generation, hash)));
                self.read_and_finish(obj).await
            }
        }
    }

    async fn read_and_finish(&self, obj: &DynamicObject) -> Result<Outcome, Failure> {
        let current = self.get().await?.ok_or_else(|| {
            Failure::retry(
                reason::NOT_FOUND_IN_AZURE,
                format!(
                    "{} was not found in Azure right after it was written",
                    self.prepared.id()
                ),
            )
        })?;
        self.finish(obj, &current).await?;
        Ok(Outcome::synced(self.ctx, "ready"))
    }

    /// Status from the GET, exports, Ready=True, and memory of the sync.
    async fn finish(&self, obj: &DynamicObject, current: &Value) -> Result<(), Failure> {
        let (ctx, info) = (self.ctx, self.info);
        let fields = status_from_arm(info, current);
        let requests = exports::requested(object::spec(obj));
        if !requests.is_empty() {
            let wanted = exports::wanted_from_azure(info, &requests);
            let azure_values = if wanted.is_empty() {
                Default::default()
            } else {
                self.extension
                    .export(&self.azure, info, self.prepared.id(), &fields, &wanted)
                    .await
                    .map_err(|e| self.failure(e))?
            };
            let contents = exports::contents(info, &requests, &fields, &azure_values)?;
            let owner = exports::owner_reference(info, obj);
            exports::write(&ctx.kube, object::namespace(obj), &owner, &contents).await?;
        }
        // Accepted by Azure, but not yet what the user asked for (an approval, a protection
        // being configured): status as read, Ready=False as a Warning, looked at again later.
        if let Some(why) = self.extension.post_reconcile(&fields) {
            let condition = ready_false(
                Severity::Warning,
                reason::POST_RECONCILE_FAILURE,
                &why,
                self.generation,
            );
            status::write(
                &self.api,
                obj,
                status::new_status(obj, Some(fields), condition),
            )
            .await?;
            return Err(Failure::retry(reason::POST_RECONCILE_FAILURE, why));
        }
        status::write(
            &self.api,
            obj,
            status::new_status(obj, Some(fields), ready_true(self.generation)),
        )
        .await?;
        let next_check = deadline_after(ctx.settings.sync_period.map(super::jittered));
        let synced = Synced {
            generation: self.generation,
            annotations_hash: annotations_hash(obj),
            body_hash: self.prepared.body_hash,
            dependencies: self.deps.to_vec(),
            next_check,
        };
        ctx.update_memory(self.key, |m| {
            m.attempts = 0;
            m.fatal = None;
            m.verify_first = false;
            m.synced = Some(synced);
        });
        Ok(())
    }
}

pub(crate) async fn drift_corrected(ctx: &Context, info: &KindInfo, obj: &DynamicObject) {
    ctx.metrics.drift_corrected(info.kind);
    let reference = k8s_openapi::api::core::v1::ObjectReference {
        api_version: Some(info.api_version_string()),
        kind: Some(info.kind.to_string()),
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

/// Persists the finalizer, the ARM ID (with its proof) and the owner reference before anything
/// is sent to Azure, so a resource is never created that the operator could forget to delete.
async fn ensure_metadata(
    api: &Api<DynamicObject>,
    obj: &Arc<DynamicObject>,
    prepared: &Prepared,
    signer: &super::trust::Signer,
) -> Result<DynamicObject, Failure> {
    super::metadata::patch_until_current(
        api,
        (**obj).clone(),
        "recording the finalizer and ARM ID",
        |current| metadata_patch(current, prepared, signer),
    )
    .await
}

/// The merge patch adding what `obj` lacks of finalizer, signed ARM ID and owner reference.
fn metadata_patch(
    obj: &DynamicObject,
    prepared: &Prepared,
    signer: &super::trust::Signer,
) -> Option<Value> {
    let mut metadata = super::metadata::ownership(obj, prepared.owner_reference.as_ref());
    let uid = obj.metadata.uid.as_deref().unwrap_or("");
    let proof = signer.id_proof(uid, prepared.id());
    if object::annotation(obj, RESOURCE_ID) != Some(prepared.id())
        || object::annotation(obj, PROOF_ANNOTATION) != Some(proof.as_str())
    {
        metadata.insert(
            "annotations".into(),
            json!({ RESOURCE_ID: prepared.id(), PROOF_ANNOTATION: proof }),
        );
    }
    super::metadata::conditional_patch(obj, metadata)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use aso_runtime::annotations::FINALIZER;
    use aso_runtime::resolve::{OwnerSpec, Placement};
    use serde_json::json;

    use super::*;
    use crate::identity::{Credential, CredentialValues, IdentityConfig, Source};
    use crate::reconcile::trust::Signer;

    fn prepared(id: &str) -> Prepared {
        let config = Arc::new(IdentityConfig {
            http: crate::arm::tls::http_client(None).unwrap(),
            authority: "https://login.example".into(),
            audience: "https://management.core.windows.net/".into(),
            imds: "http://169.254.169.254".into(),
            identity_endpoint: None,
            federated_token_file: "/nonexistent".into(),
            kube: None,
        });
        let values = CredentialValues {
            subscription: Some("s".into()),
            tenant: Some("t".into()),
            client_id: Some("c".into()),
            client_secret: Some("x".into()),
            ..Default::default()
        };
        Prepared {
            credential: Arc::new(Credential::build(Source::Global, values, config).unwrap()),
            placement: Placement {
                owner: OwnerSpec::None,
                owner_id: None,
                name: "rg".into(),
                id: id.into(),
            },
            body: json!({}),
            body_hash: 1,
            secret_inputs: false,
            secret_values: Vec::new(),
            owner: None,
            owner_reference: None,
        }
    }

    fn object(annotations: Value, finalizers: Value) -> DynamicObject {
        serde_json::from_value(json!({
            "apiVersion": "resources.azure.com/v1api20200601", "kind": "ResourceGroup",
            "metadata": {"name": "rg", "namespace": "ns", "uid": "u1", "resourceVersion": "7",
                "annotations": annotations, "finalizers": finalizers},
        }))
        .unwrap()
    }

    const ID: &str = "/subscriptions/s/resourceGroups/rg";

    #[test]
    fn finalizer_and_signed_id_are_recorded_before_any_request() {
        let signer = Signer::from_key(&[1; 32]);
        let p = prepared(ID);
        let patch = metadata_patch(&object(json!({}), json!([])), &p, &signer).unwrap();
        let metadata = &patch["metadata"];
        assert_eq!(metadata["finalizers"], json!([FINALIZER]));
        assert_eq!(metadata["annotations"][RESOURCE_ID], ID);
        assert_eq!(
            metadata["annotations"][PROOF_ANNOTATION],
            signer.id_proof("u1", ID)
        );
        assert_eq!(
            metadata["resourceVersion"], "7",
            "conditional on what it was computed from"
        );
    }

    #[test]
    fn an_unsigned_id_equal_to_the_spec_gets_its_proof_and_nothing_else_is_rewritten() {
        let signer = Signer::from_key(&[1; 32]);
        let p = prepared(ID);
        let asos = object(json!({RESOURCE_ID: ID}), json!([FINALIZER]));
        let patch = metadata_patch(&asos, &p, &signer).unwrap();
        assert!(patch["metadata"].get("finalizers").is_none());
        assert_eq!(
            patch["metadata"]["annotations"][PROOF_ANNOTATION],
            signer.id_proof("u1", ID)
        );
        let done = object(
            json!({RESOURCE_ID: ID, PROOF_ANNOTATION: signer.id_proof("u1", ID)}),
            json!([FINALIZER]),
        );
        assert_eq!(metadata_patch(&done, &p, &signer), None);
    }

    #[test]
    fn the_operators_own_annotations_do_not_re_enable_a_fatal_failure() {
        let with = |pairs: &[(&str, &str)]| {
            let mut obj = DynamicObject::new(
                "x",
                &kube::discovery::ApiResource::erase::<k8s_openapi::api::core::v1::ConfigMap>(&()),
            );
            obj.metadata.annotations = Some(
                pairs
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect(),
            );
            (annotations_hash(&obj), user_annotations_hash(&obj))
        };
        let user = ("serviceoperator.azure.com/reconcile-policy", "manage");
        let before = with(&[user]);
        let after = with(&[
            user,
            (
                aso_runtime::annotations::RESOURCE_ID,
                "/subscriptions/s/resourceGroups/rg",
            ),
            (PROOF_ANNOTATION, "sig"),
            (operation::OPERATION_ANNOTATION, "{}"),
        ]);
        assert_eq!(before.1, after.1);
        assert_ne!(before.0, after.0, "any change ends the unchanged shortcut");
        let policy = with(&[("serviceoperator.azure.com/reconcile-policy", "skip")]);
        assert_ne!(before.1, policy.1);
        assert_ne!(before.0, policy.0);
    }
}
