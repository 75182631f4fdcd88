//! POST (and server-side apply of an object that does not exist yet): namespace and name rules,
//! system fields, the CRD's own finalizer and status, admission, conversion, commit.

use super::is_crd_type;
use crate::admission::Operation;
use crate::crd;
use crate::error::{ApiError, ApiResult};
use crate::field::FieldError;
use crate::managed::{Scope, record_update};
use crate::objects::{generate_suffix, now_rfc3339, validate_name};
use crate::registry::ResourceType;
use crate::sim::{Outcome, Sim, WriteOpts};
use crate::store::CommitError;
use serde_json::{Value, json};
use std::sync::Arc;

/// Who records managedFields for a write.
pub(super) enum Managed {
    /// An ordinary write: the manager takes the fields it changed.
    Update,
    /// Server-side apply already computed managedFields.
    Applied,
}

impl Sim {
    /// Creates an object (POST). `ns` is the namespace from the URL.
    pub async fn create(
        &self,
        rt: &Arc<ResourceType>,
        ns: Option<&str>,
        obj: Value,
        opts: &WriteOpts,
    ) -> ApiResult<Outcome> {
        self.create_inner(rt, ns, obj, opts, Managed::Update).await
    }

    pub(super) async fn create_inner(
        &self,
        rt: &Arc<ResourceType>,
        ns: Option<&str>,
        obj: Value,
        opts: &WriteOpts,
        managed: Managed,
    ) -> ApiResult<Outcome> {
        let mut obj = self.check_type(rt, obj).await?;
        if !obj["metadata"].is_object() {
            obj["metadata"] = json!({});
        }
        if rt.namespaced {
            let ns = ns.ok_or_else(|| {
                ApiError::bad_request("the server could not find the requested resource")
            })?;
            match obj["metadata"]["namespace"].as_str() {
                Some(n) if !n.is_empty() && n != ns => {
                    return Err(ApiError::bad_request(
                        "the namespace of the provided object does not match the namespace sent on the request",
                    ));
                }
                _ => obj["metadata"]["namespace"] = json!(ns),
            }
            self.namespace_check(ns)?;
        } else if let Some(m) = obj["metadata"].as_object_mut() {
            m.remove("namespace");
        }
        if obj["metadata"]["resourceVersion"]
            .as_str()
            .is_some_and(|s| !s.is_empty())
        {
            return Err(ApiError::bad_request(
                "resourceVersion should not be set on objects to be created",
            ));
        }
        let has_name = obj["metadata"]["name"]
            .as_str()
            .is_some_and(|n| !n.is_empty());
        let has_generate = obj["metadata"]["generateName"]
            .as_str()
            .is_some_and(|n| !n.is_empty());
        if !has_name && !has_generate {
            return Err(ApiError::invalid(
                &rt.group,
                &rt.kind,
                "",
                &[FieldError::required(
                    "metadata.name",
                    "name or generateName is required",
                )],
            ));
        }
        // The handler wipes what only the server sets before admission sees the object.
        if let Some(m) = obj["metadata"].as_object_mut() {
            for k in [
                "uid",
                "creationTimestamp",
                "deletionTimestamp",
                "deletionGracePeriodSeconds",
                "selfLink",
                "resourceVersion",
            ] {
                m.remove(k);
            }
            if let Managed::Update = managed {
                m.remove("managedFields");
            }
        }
        let mut warnings = self.decode_stage(rt, &mut obj, true, opts)?;
        let now = now_rfc3339();
        warnings.extend(
            self.admit(rt, None, Operation::Create, &mut obj, None, opts, |obj| {
                prepare_for_create(rt, obj, &now)
            })
            .await?,
        );
        let name = obj["metadata"]["name"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        obj["apiVersion"] = json!(rt.api_version());
        obj["kind"] = json!(rt.kind);
        if let Managed::Update = managed {
            let scope = Scope::Main {
                exclude_status: rt.status,
            };
            record_update(
                None,
                &mut obj,
                Self::shape(rt),
                scope,
                &opts.manager,
                "",
                &rt.api_version(),
                &now,
            );
        }
        if opts.dry_run {
            return Ok(Outcome {
                code: 201,
                body: self.encode_value(rt, &obj),
                warnings,
            });
        }
        let obj = self.to_storage(rt, obj).await?;
        let stored = self.store.create(&rt.key, obj).map_err(|e| match e {
            CommitError::AlreadyExists => ApiError::already_exists(&rt.group, &rt.plural, &name),
            _ => ApiError::internal("unexpected store state"),
        })?;
        self.after_commit(rt, &stored, false);
        if rt.key.as_ref() == "/namespaces" {
            self.ensure_default_service_account(&name).await;
        }
        Ok(Outcome {
            code: 201,
            body: self.read(rt, &stored).await?,
            warnings,
        })
    }

    async fn ensure_default_service_account(&self, ns: &str) {
        let snap = self.registry.snapshot();
        if let Some(sa) = snap.find("", "v1", "serviceaccounts") {
            let _ = Box::pin(self.create(
                &sa,
                Some(ns),
                json!({"metadata": {"name": "default"}}),
                &WriteOpts::internal("kube-controller-manager"),
            ))
            .await;
        }
    }
}

/// `BeforeCreate`: a generated name, system fields, the strategy's `PrepareForCreate` (status
/// dropped where it is a subresource; a CRD's cleanup finalizer and initial status).
fn prepare_for_create(rt: &ResourceType, obj: &mut Value, now: &str) -> ApiResult<()> {
    let name = match obj["metadata"]["name"].as_str() {
        Some(n) if !n.is_empty() => n.to_string(),
        _ => format!(
            "{}{}",
            obj["metadata"]["generateName"].as_str().unwrap_or_default(),
            generate_suffix()
        ),
    };
    if let Some(e) = validate_name(rt, &name) {
        return Err(ApiError::invalid(&rt.group, &rt.kind, &name, &[e]));
    }
    let is_crd = is_crd_type(rt);
    {
        let m = obj["metadata"].as_object_mut().expect("metadata object");
        m.insert("name".into(), json!(name));
        m.insert("uid".into(), json!(uuid::Uuid::new_v4().to_string()));
        m.insert("creationTimestamp".into(), json!(now));
        if rt.generation {
            m.insert("generation".into(), json!(1));
        } else {
            m.remove("generation");
        }
    }
    if rt.status
        && !is_crd
        && rt.key.as_ref() != "/namespaces"
        && rt.key.as_ref() != "/pods"
        && let Some(o) = obj.as_object_mut()
    {
        o.remove("status");
    }
    if is_crd {
        let mut fin = obj["metadata"]["finalizers"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        if !fin.iter().any(|f| f == crd::CLEANUP_FINALIZER) {
            fin.push(json!(crd::CLEANUP_FINALIZER));
            obj["metadata"]["finalizers"] = Value::Array(fin);
        }
        crd::set_established(obj, now, None, true);
    }
    Ok(())
}
