//! DELETE: preconditions, DELETE admission, then either marking the object as being deleted
//! (finalizers pending, including those the propagation policy adds) or removing it.

use crate::admission::{Attributes, Operation, review};
use crate::error::{ApiError, ApiResult};
use crate::field::FieldError;
use crate::objects::now_rfc3339;
use crate::registry::ResourceType;
use crate::sim::{DeleteOpts, Outcome, Sim};
use bytes::Bytes;
use serde_json::json;
use std::sync::Arc;

impl Sim {
    /// DELETE one object, honouring finalizers and propagation policy.
    pub async fn delete(
        &self,
        rt: &Arc<ResourceType>,
        ns: Option<&str>,
        name: &str,
        opts: &DeleteOpts,
    ) -> ApiResult<Outcome> {
        let ns_key = if rt.namespaced {
            ns.unwrap_or_default()
        } else {
            ""
        };
        for _ in 0..16 {
            let Some(cur) = self.store.get(&rt.key, ns_key, name) else {
                return Err(ApiError::not_found(&rt.group, &rt.plural, name));
            };
            if let Some(uid) = &opts.uid
                && uid != &cur.meta.uid
            {
                return Err(ApiError::conflict(
                    &rt.group,
                    &rt.plural,
                    name,
                    &format!(
                        "Precondition failed: UID in precondition: {uid}, UID in object meta: {}",
                        cur.meta.uid
                    ),
                ));
            }
            if let Some(rv) = &opts.resource_version
                && rv != &cur.rv.to_string()
            {
                return Err(ApiError::conflict(
                    &rt.group,
                    &rt.plural,
                    name,
                    &format!(
                        "Precondition failed: ResourceVersion in precondition: {rv}, ResourceVersion in meta: {}",
                        cur.rv
                    ),
                ));
            }
            let mut finalizers = cur.meta.finalizers.clone();
            match opts.propagation.as_deref() {
                Some("Foreground") if !finalizers.iter().any(|f| f == "foregroundDeletion") => {
                    finalizers.push("foregroundDeletion".into())
                }
                Some("Orphan") if !finalizers.iter().any(|f| f == "orphan") => {
                    finalizers.push("orphan".into())
                }
                Some("Foreground" | "Orphan" | "Background") | None => {}
                Some(other) => {
                    return Err(ApiError::invalid(
                        "meta.k8s.io",
                        "DeleteOptions",
                        "",
                        &[FieldError::not_supported(
                            "propagationPolicy",
                            json!(other),
                            &[
                                json!("Foreground"),
                                json!("Background"),
                                json!("Orphan"),
                                json!("nil"),
                            ],
                        )],
                    ));
                }
            }
            let old = self.read_value(rt, &cur).await?;
            if !opts.skip_admission && self.has_hooks() {
                let namespace = if rt.group.is_empty() && rt.plural == "namespaces" {
                    name
                } else {
                    cur.meta.namespace.as_str()
                };
                let attrs = Attributes {
                    rt,
                    subresource: "",
                    namespace,
                    name,
                    operation: Operation::Delete,
                    options: review::options(Operation::Delete, "", opts.dry_run, Some(&opts.body)),
                    dry_run: opts.dry_run,
                };
                let _ = self.mutate(&attrs, None, Some(&old)).await?;
                self.validate_by_webhooks(&attrs, None, Some(&old)).await?;
            }
            let is_namespace = rt.key.as_ref() == "/namespaces";
            if !finalizers.is_empty() || is_namespace {
                if cur.meta.deleting && finalizers == cur.meta.finalizers {
                    return Ok(Outcome {
                        code: 200,
                        body: self.read(rt, &cur).await?,
                        warnings: vec![],
                    });
                }
                let mut obj = old;
                if !cur.meta.deleting {
                    obj["metadata"]["deletionTimestamp"] = json!(now_rfc3339());
                    obj["metadata"]["deletionGracePeriodSeconds"] = json!(0);
                    if rt.generation {
                        let g = obj["metadata"]["generation"].as_i64().unwrap_or(0);
                        obj["metadata"]["generation"] = json!(g + 1);
                    }
                    if is_namespace {
                        obj["status"]["phase"] = json!("Terminating");
                    }
                }
                if !finalizers.is_empty() {
                    obj["metadata"]["finalizers"] = json!(finalizers);
                }
                if opts.dry_run {
                    return Ok(Outcome {
                        code: 200,
                        body: self.encode_value(rt, &obj),
                        warnings: vec![],
                    });
                }
                let obj = self.to_storage(rt, obj).await?;
                match self.store.update(&rt.key, obj, cur.rv) {
                    Ok(stored) => {
                        self.after_commit(rt, &stored, false);
                        return Ok(Outcome {
                            code: 200,
                            body: self.read(rt, &stored).await?,
                            warnings: vec![],
                        });
                    }
                    Err(_) => continue,
                }
            }
            if opts.dry_run {
                return Ok(Outcome {
                    code: 200,
                    body: self.encode_value(rt, &old),
                    warnings: vec![],
                });
            }
            match self.store.delete(&rt.key, cur.value(), cur.rv) {
                Ok(stored) => {
                    self.after_commit(rt, &stored, true);
                    let body = if rt.is_crd() {
                        self.read(rt, &stored).await?
                    } else {
                        Bytes::from(
                            json!({
                                "kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Success",
                                "details": {"name": name, "group": rt.group, "kind": rt.plural, "uid": stored.meta.uid},
                            })
                            .to_string(),
                        )
                    };
                    return Ok(Outcome {
                        code: 200,
                        body,
                        warnings: vec![],
                    });
                }
                Err(_) => continue,
            }
        }
        Err(ApiError::internal("too many concurrent modifications"))
    }
}
