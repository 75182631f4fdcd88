//! Admission webhooks as kube-apiserver dispatches them (`k8s.io/apiserver/pkg/admission/plugin/webhook`):
//! mutating webhooks one after the other in configuration-name order (JSONPatch answers applied,
//! each mutation followed by defaulting; `reinvocationPolicy: IfNeeded` webhooks called once more
//! when a later webhook changed the object), then the server's own validation, then validating
//! webhooks (all of them; the first failure in order wins).
//!
//! A webhook that cannot be called, answers something invalid or a patch that cannot be decoded
//! is a call failure: ignored with `failurePolicy: Ignore`, otherwise the request fails with 500
//! `Internal error occurred: failed calling webhook "name": ...`. A webhook that answers
//! `allowed: false` fails the request with its status (`admission webhook "name" denied the
//! request: ...`), whatever the failure policy. Dry-run requests reach only webhooks whose
//! `sideEffects` is `None` or `NoneOnDryRun`; others fail the request with 400. Webhook
//! configurations themselves are never sent to webhooks. Not simulated: `matchConditions`
//! (CEL), ValidatingAdmissionPolicy, and the in-tree admission plugins other than namespace
//! lifecycle.

pub mod config;
pub mod matching;
pub mod review;

use crate::error::{ApiError, ApiResult};
use crate::registry::ResourceType;
use crate::schema::apply_defaults;
use crate::sim::Sim;
use config::Hook;
use matching::Invocation;
use serde_json::{Value, json};
use std::collections::HashSet;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    Create,
    Update,
    Delete,
}

impl Operation {
    pub fn as_str(self) -> &'static str {
        match self {
            Operation::Create => "CREATE",
            Operation::Update => "UPDATE",
            Operation::Delete => "DELETE",
        }
    }
}

/// What admission knows of a request.
pub struct Attributes<'a> {
    pub rt: &'a ResourceType,
    pub subresource: &'a str,
    /// The object's namespace; for a Namespace, its own name.
    pub namespace: &'a str,
    pub name: &'a str,
    pub operation: Operation,
    pub options: Value,
    pub dry_run: bool,
}

/// The webhooks of every configuration, in the order they are called.
#[derive(Debug, Default)]
pub struct HookSet {
    pub mutating: Vec<Hook>,
    pub validating: Vec<Hook>,
}

/// How one call went wrong.
enum Failure {
    /// Could not call, or the answer was unusable: subject to the failure policy.
    Calling(String),
    /// Any other error, returned as it is.
    Final(ApiError),
}

const MUTATING: (&str, &str) = (
    "admissionregistration.k8s.io",
    "mutatingwebhookconfigurations",
);
const VALIDATING: (&str, &str) = (
    "admissionregistration.k8s.io",
    "validatingwebhookconfigurations",
);

/// `IsExemptAdmissionConfigurationResource`.
fn exempt(rt: &ResourceType) -> bool {
    rt.group == "admissionregistration.k8s.io"
        && matches!(
            rt.kind.as_str(),
            "ValidatingWebhookConfiguration"
                | "MutatingWebhookConfiguration"
                | "ValidatingAdmissionPolicy"
                | "ValidatingAdmissionPolicyBinding"
        )
}

/// Whether a collection holds webhook configurations, and which kind.
pub fn configuration_kind(rt: &ResourceType) -> Option<bool> {
    match (rt.group.as_str(), rt.plural.as_str()) {
        (g, p) if (g, p) == MUTATING => Some(true),
        (g, p) if (g, p) == VALIDATING => Some(false),
        _ => None,
    }
}

impl Sim {
    /// Recompiles the webhooks after a configuration changed (sorted by configuration name, as
    /// the server's configuration manager sorts them).
    pub fn reload_hooks(&self) {
        let mut set = HookSet::default();
        for (key, mutating) in [(MUTATING, true), (VALIDATING, false)] {
            let (items, _) = self
                .store
                .list(&crate::store::res_key(key.0, key.1), None, None);
            for s in items {
                let hooks = config::compile(&s.value(), mutating);
                if mutating {
                    set.mutating.extend(hooks);
                } else {
                    set.validating.extend(hooks);
                }
            }
        }
        *self.hooks.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(set);
    }

    /// Whether any admission webhook is configured.
    pub fn has_hooks(&self) -> bool {
        let set = self.hook_set();
        !(set.mutating.is_empty() && set.validating.is_empty())
    }

    fn hook_set(&self) -> Arc<HookSet> {
        self.hooks.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Runs the mutating webhooks over `obj` (at the request's version). Returns warnings and
    /// whether any webhook changed the object.
    pub async fn mutate(
        &self,
        a: &Attributes<'_>,
        mut obj: Option<&mut Value>,
        old: Option<&Value>,
    ) -> ApiResult<(Vec<String>, bool)> {
        let set = self.hook_set();
        if set.mutating.is_empty() || exempt(a.rt) {
            return Ok((Vec::new(), false));
        }
        let mut warnings = Vec::new();
        let mut mutated = false;
        let mut previously_invoked: HashSet<&str> = HashSet::new();
        let mut reinvoke: HashSet<&str> = HashSet::new();
        for round in 0..2 {
            if round == 1 && reinvoke.is_empty() {
                break;
            }
            for hook in &set.mutating {
                if round == 1 && !reinvoke.contains(hook.uid.as_str()) {
                    continue;
                }
                let Some(inv) = self.invocation(hook, a, obj.as_deref(), old)? else {
                    continue;
                };
                let changed = match self.call(&inv, a, obj.as_deref_mut(), old, true).await {
                    Ok((changed, w)) => {
                        warnings.extend(w);
                        changed
                    }
                    Err(Failure::Calling(reason)) if hook.fail_open => {
                        tracing::warn!(
                            "Failed calling webhook, failing open {}: {reason}",
                            hook.name
                        );
                        false
                    }
                    Err(Failure::Calling(reason)) => return Err(calling_failed(hook, &reason)),
                    Err(Failure::Final(e)) => return Err(e),
                };
                mutated |= changed;
                if changed && round == 0 {
                    reinvoke.extend(previously_invoked.drain());
                }
                if hook.reinvoke_if_needed {
                    previously_invoked.insert(hook.uid.as_str());
                }
            }
        }
        Ok((warnings, mutated))
    }

    /// Runs the validating webhooks (concurrently, as the server does). Returns warnings.
    pub async fn validate_by_webhooks(
        &self,
        a: &Attributes<'_>,
        obj: Option<&Value>,
        old: Option<&Value>,
    ) -> ApiResult<Vec<String>> {
        let set = self.hook_set();
        if set.validating.is_empty() || exempt(a.rt) {
            return Ok(Vec::new());
        }
        let mut calls = Vec::new();
        for hook in &set.validating {
            if let Some(inv) = self.invocation(hook, a, obj, old)? {
                calls.push(async move {
                    let mut copy = obj.cloned();
                    let r = self.call(&inv, a, copy.as_mut(), old, false).await;
                    (inv.hook, r)
                });
            }
        }
        let mut warnings = Vec::new();
        let mut first_error = None;
        for (hook, result) in futures::future::join_all(calls).await {
            let error = match result {
                Ok((_, w)) => {
                    warnings.extend(w);
                    continue;
                }
                Err(Failure::Calling(reason)) if hook.fail_open => {
                    tracing::warn!(
                        "Failed calling webhook, failing open {}: {reason}",
                        hook.name
                    );
                    continue;
                }
                Err(Failure::Calling(reason)) => calling_failed(hook, &reason),
                Err(Failure::Final(e)) => e,
            };
            first_error.get_or_insert(error);
        }
        match first_error {
            Some(e) => Err(e),
            None => Ok(warnings),
        }
    }

    /// One webhook call: the object converted to the webhook's version, the review sent, the
    /// answer checked and (mutating) its patch applied. Returns whether the object changed.
    async fn call(
        &self,
        inv: &Invocation<'_>,
        a: &Attributes<'_>,
        obj: Option<&mut Value>,
        old: Option<&Value>,
        mutating: bool,
    ) -> Result<(bool, Vec<String>), Failure> {
        let hook = inv.hook;
        if a.dry_run && !hook.dry_run_safe {
            return Err(Failure::Final(ApiError::bad_request(format!(
                "admission webhook {:?} does not support dry run",
                hook.name
            ))));
        }
        let Some(review_version) = hook
            .review_versions
            .iter()
            .find(|v| *v == "v1" || *v == "v1beta1")
        else {
            return Err(Failure::Calling(
                "could not create admission objects: webhook does not accept known AdmissionReview versions (v1, v1beta1)".into(),
            ));
        };
        let versioned = match &obj {
            Some(o) => Some(self.at_version(a.rt, (*o).clone(), &inv.version).await?),
            None => None,
        };
        let old_versioned = match old {
            Some(o) => Some(self.at_version(a.rt, o.clone(), &inv.version).await?),
            None => None,
        };
        let uid = uuid::Uuid::new_v4().to_string();
        let request = review::request(
            review_version,
            &uid,
            a,
            &inv.version,
            &a.rt.kind,
            versioned.as_ref(),
            old_versioned.as_ref(),
        );
        let answer = self
            .webhooks
            .post(&hook.client, &request, hook.timeout, |ns, name| {
                self.service_lookup(ns, name)
            })
            .await
            .map_err(|e| {
                if e.message.starts_with("unable to load root certificates") {
                    Failure::Calling(format!("could not get REST client: {e}"))
                } else {
                    Failure::Calling(format!("failed to call webhook: {e}"))
                }
            })?;
        let answer = review::verify(review_version, &uid, mutating, &answer)
            .map_err(|e| Failure::Calling(format!("received invalid webhook response: {e}")))?;
        if !answer.allowed {
            return Err(Failure::Final(review::rejection(
                &hook.name,
                answer.result.as_ref(),
            )));
        }
        let Some(patch) = answer.patch.filter(|_| mutating) else {
            return Ok((false, answer.warnings));
        };
        let ops: Vec<Value> = serde_json::from_slice(&patch).map_err(|e| {
            Failure::Calling(format!(
                "received undecodable patch in webhook response: {e}"
            ))
        })?;
        if ops.is_empty() {
            return Ok((false, answer.warnings));
        }
        let (Some(obj), Some(mut target)) = (obj, versioned) else {
            return Err(Failure::Final(ApiError::internal_error(format!(
                "admission webhook {:?} attempted to modify the object, which is not supported for this operation",
                hook.name
            ))));
        };
        if answer.patch_type.as_deref() != Some("JSONPatch") {
            return Err(Failure::Calling(format!(
                "unsupported patch type {:?}",
                answer.patch_type.unwrap_or_default()
            )));
        }
        let before = target.clone();
        crate::patch::json_patch(&mut target, &patch)
            .map_err(|e| Failure::Final(ApiError::internal_error(e.message)))?;
        let changed = target != before;
        if let Some(Some(schema)) = a.rt.crd.as_ref().map(|c| c.info.schemas.get(&inv.version))
            && let Some(schema) = schema
        {
            apply_defaults(schema, &mut target);
        }
        *obj = self.at_version(a.rt, target, &a.rt.version).await?;
        Ok((changed, answer.warnings))
    }

    /// The object at another version of its resource (equivalent matching), converted without
    /// pruning as the admission path converts.
    async fn at_version(
        &self,
        rt: &ResourceType,
        mut obj: Value,
        version: &str,
    ) -> Result<Value, Failure> {
        obj["apiVersion"] = obj
            .get("apiVersion")
            .filter(|v| v.is_string())
            .cloned()
            .unwrap_or_else(|| json!(rt.api_version()));
        obj["kind"] = json!(rt.kind);
        match rt.crd.as_ref() {
            Some(c)
                if !obj["apiVersion"]
                    .as_str()
                    .unwrap_or_default()
                    .ends_with(&format!("/{version}")) =>
            {
                self.convert(&c.info, obj, version, false)
                    .await
                    .map_err(|e| Failure::Final(ApiError::internal_error(e)))
            }
            _ => Ok(obj),
        }
    }
}

fn calling_failed(hook: &Hook, reason: &str) -> ApiError {
    ApiError::internal_error(format!("failed calling webhook {:?}: {reason}", hook.name))
}
