//! Writes, in kube-apiserver's order: the body decoded at the request's version (defaults,
//! pruning, strict field validation), mutating admission webhooks, the server's own rules and
//! validation, validating admission webhooks, conversion to the storage version, the commit,
//! and the stored object converted back for the answer. Updates and patches read the current
//! object (converted to the request's version) and redo all of it on a conflicting commit.
//!
//! | step | file |
//! |---|---|
//! | create (POST, apply that creates) | `create.rs` |
//! | update, patch, server-side apply, controllers' edits | `update.rs` |
//! | delete (finalizers, propagation) | `delete.rs` |
//! | decoding and validation shared by all | here |

mod create;
mod delete;
mod update;

use crate::admission::{Attributes, Operation, config, configuration_kind, review};
use crate::crd;
use crate::error::{ApiError, ApiResult};
use crate::field::FieldError;
use crate::objects::{builtin_admit, validate_labels};
use crate::patch;
use crate::registry::ResourceType;
use crate::schema::{self, apply_defaults, prune};
use crate::sim::{FieldValidation, Sim, WriteOpts};
use serde_json::{Value, json};

const CRD_KEY: &str = "apiextensions.k8s.io/customresourcedefinitions";

fn is_crd_type(rt: &ResourceType) -> bool {
    rt.key.as_ref() == CRD_KEY
}

impl Sim {
    /// What decoding does before admission: custom resources get their version's defaults and
    /// lose unknown fields (an error with `fieldValidation=Strict`, warnings with `Warn`);
    /// built-ins and CRDs get their defaults. Returns warnings.
    fn decode_stage(
        &self,
        rt: &ResourceType,
        obj: &mut Value,
        creating: bool,
        opts: &WriteOpts,
    ) -> ApiResult<Vec<String>> {
        let mut warnings = Vec::new();
        if let Some(schema) = Self::schema_of(rt) {
            apply_defaults(schema, obj);
            let pruned = prune(schema, obj);
            if !pruned.is_empty() {
                match opts.validation {
                    FieldValidation::Strict => {
                        let list: Vec<String> = pruned
                            .iter()
                            .map(|p| format!("unknown field \"{p}\""))
                            .collect();
                        return Err(ApiError::bad_request(format!(
                            "{} in version \"{}\" cannot be handled as a {}: strict decoding error: {}",
                            rt.kind,
                            rt.version,
                            rt.kind,
                            list.join(", ")
                        )));
                    }
                    FieldValidation::Warn => {
                        warnings.extend(pruned.iter().map(|p| format!("unknown field \"{p}\"")))
                    }
                    FieldValidation::Ignore => {}
                }
            }
        } else if is_crd_type(rt) {
            crd::default_crd(obj);
        } else if let Some(mutating) = configuration_kind(rt) {
            config::default_configuration(obj, mutating);
        } else if let Err(decode) = builtin_admit(rt, obj, creating, || self.next_cluster_ip()) {
            return Err(ApiError::bad_request(decode));
        }
        Ok(warnings)
    }

    /// What a mutating webhook's output gets before validation: the version's defaults, and
    /// pruning (the server prunes whatever a webhook added when the object is next decoded).
    fn after_mutation(rt: &ResourceType, obj: &mut Value) {
        if let Some(schema) = Self::schema_of(rt) {
            apply_defaults(schema, obj);
            prune(schema, obj);
        }
    }

    /// The server's validation (the strategy's `Validate`/`ValidateUpdate`): OpenAPI schema and
    /// CEL rules for custom resources, apiextensions validation for CRDs, per-kind rules for
    /// built-ins, label syntax for all.
    fn validate_stage(
        &self,
        rt: &ResourceType,
        obj: &mut Value,
        old: Option<&Value>,
    ) -> ApiResult<()> {
        let name = obj["metadata"]["name"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let mut errors: Vec<FieldError> = Vec::new();
        if let Some(schema) = Self::schema_of(rt) {
            errors.extend(schema::validate(schema, obj));
            if errors.is_empty() && schema::has_rules(schema) {
                errors.extend(schema::validate_rules(schema, obj, old));
            }
        } else if is_crd_type(rt) {
            errors.extend(crd::validate_crd(obj, old, &self.cel));
        } else if let Some(mutating) = configuration_kind(rt) {
            errors.extend(config::validate_configuration(obj, mutating));
        } else {
            match builtin_admit(rt, obj, old.is_none(), || self.next_cluster_ip()) {
                Ok(errs) => errors.extend(errs),
                Err(decode) => return Err(ApiError::bad_request(decode)),
            }
        }
        errors.extend(validate_labels(obj));
        if errors.is_empty() {
            Ok(())
        } else {
            Err(ApiError::invalid(&rt.group, &rt.kind, &name, &errors))
        }
    }

    /// Mutating webhooks, then (after `prepare`) the server's validation, then validating
    /// webhooks. `prepare` is the strategy's own preparation between the two admission phases.
    #[allow(clippy::too_many_arguments)]
    async fn admit(
        &self,
        rt: &ResourceType,
        sub: Option<&str>,
        operation: Operation,
        obj: &mut Value,
        old: Option<&Value>,
        opts: &WriteOpts,
        prepare: impl FnOnce(&mut Value) -> ApiResult<()>,
    ) -> ApiResult<Vec<String>> {
        // Without webhook configurations admission is the server's validation alone.
        let hooked = !opts.skip_admission && self.has_hooks();
        let namespace = if rt.group.is_empty() && rt.plural == "namespaces" {
            &obj["metadata"]["name"]
        } else {
            &obj["metadata"]["namespace"]
        };
        let namespace = namespace.as_str().unwrap_or_default().to_string();
        let name = obj["metadata"]["name"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let attrs = hooked.then(|| Attributes {
            rt,
            subresource: sub.unwrap_or_default(),
            namespace: &namespace,
            name: &name,
            operation,
            options: review::options(operation, &opts.manager, opts.dry_run, None),
            dry_run: opts.dry_run,
        });
        let mut warnings = Vec::new();
        if let Some(attrs) = &attrs {
            obj["apiVersion"] = json!(rt.api_version());
            obj["kind"] = json!(rt.kind);
            let (w, mutated) = self.mutate(attrs, Some(obj), old).await?;
            warnings.extend(w);
            if mutated {
                Self::after_mutation(rt, obj);
            }
        }
        prepare(obj)?;
        let validate_old = old.filter(|_| operation == Operation::Update);
        if sub != Some("status") || Self::schema_of(rt).is_some() {
            self.validate_stage(rt, obj, validate_old)?;
        }
        if let Some(attrs) = &attrs {
            warnings.extend(self.validate_by_webhooks(attrs, Some(obj), old).await?);
        }
        Ok(warnings)
    }
}

/// Whether anything outside metadata (and status, when it is a subresource) changed.
fn spec_changed(old: &Value, new: &Value, status_subresource: bool) -> bool {
    let (Some(o), Some(n)) = (old.as_object(), new.as_object()) else {
        return true;
    };
    let skip = |k: &str| {
        k == "metadata" || k == "apiVersion" || k == "kind" || (status_subresource && k == "status")
    };
    let ok: Vec<_> = o.iter().filter(|(k, _)| !skip(k)).collect();
    let nk: Vec<_> = n.iter().filter(|(k, _)| !skip(k)).collect();
    ok != nk
}

/// The same stored object, whatever the managedFields timestamps say (the server skips such
/// writes: the bytes it would store are the bytes it has).
fn same_ignoring_times(old: &Value, new: &Value) -> bool {
    fn strip(v: &Value) -> Value {
        let mut v = v.clone();
        if let Some(entries) = v["metadata"]["managedFields"].as_array_mut() {
            for e in entries {
                if let Some(m) = e.as_object_mut() {
                    m.remove("time");
                }
            }
        }
        v
    }
    strip(old) == strip(new)
}

/// A namespace leaves only once its content is gone and `spec.finalizers` is empty.
fn namespace_pending(rt: &ResourceType, v: &Value) -> bool {
    rt.key.as_ref() == "/namespaces"
        && v["spec"]["finalizers"]
            .as_array()
            .is_some_and(|f| !f.is_empty())
}

fn apply_conflict(rt: &ResourceType, name: &str, conflicts: &[patch::apply::Conflict]) -> ApiError {
    let n = conflicts.len();
    let lines: Vec<String> = conflicts
        .iter()
        .map(|c| {
            format!(
                "conflict with \"{}\" using {}: {}",
                c.manager,
                c.api_version,
                c.path_string()
            )
        })
        .collect();
    let message = if n == 1 {
        format!("Apply failed with 1 conflict: {}", lines[0])
    } else {
        format!("Apply failed with {n} conflicts: {}", lines.join("\n"))
    };
    let causes: Vec<Value> = conflicts
        .iter()
        .map(|c| json!({"reason": "FieldManagerConflict", "message": format!("conflict with \"{}\" using {}", c.manager, c.api_version), "field": c.path_string()}))
        .collect();
    let mut e = ApiError::new(409, "Conflict", message);
    e.details = Some(json!({"name": name, "group": rt.group, "kind": rt.plural, "causes": causes}));
    e
}
