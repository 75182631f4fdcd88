//! PUT, PATCH (JSON, merge, strategic, apply) and the controllers' edits: a read-modify-write
//! of the object at the request's version, retried from a fresh read on conflicting commits.

use super::create::Managed;
use super::{apply_conflict, namespace_pending, same_ignoring_times, spec_changed};
use crate::admission::Operation;
use crate::crd;
use crate::error::{ApiError, ApiResult};
use crate::field::FieldError;
use crate::managed::{Scope, record_update};
use crate::objects::now_rfc3339;
use crate::patch::{self, PatchType, apply::ApplyRequest};
use crate::registry::ResourceType;
use crate::sim::{Outcome, Sim, WriteOpts, parse_yaml_or_json};
use crate::store::{Meta, Stored};
use serde_json::{Value, json};
use std::sync::Arc;

enum Retry {
    Conflict,
    Error(ApiError),
}

impl From<ApiError> for Retry {
    fn from(e: ApiError) -> Self {
        Retry::Error(e)
    }
}

impl Sim {
    /// Read-modify-write with retries on concurrent changes: `f` gets the current object at
    /// `rt`'s version (or `None` if absent, when `allow_create`) and returns the desired one.
    /// `precondition` is a resourceVersion the client based its write on (409 if stale).
    #[allow(clippy::too_many_arguments)]
    async fn modify(
        &self,
        rt: &Arc<ResourceType>,
        ns: Option<&str>,
        name: &str,
        sub: Option<&str>,
        opts: &WriteOpts,
        precondition: Option<u64>,
        allow_create: bool,
        mut f: impl FnMut(Option<&Value>) -> ApiResult<(Value, bool)>,
    ) -> ApiResult<Outcome> {
        let ns_key = if rt.namespaced {
            ns.unwrap_or_default()
        } else {
            ""
        };
        for _ in 0..16 {
            let Some(cur) = self.store.get(&rt.key, ns_key, name) else {
                if allow_create {
                    let (obj, applied) = f(None)?;
                    let managed = if applied {
                        Managed::Applied
                    } else {
                        Managed::Update
                    };
                    return self.create_inner(rt, ns, obj, opts, managed).await;
                }
                return Err(ApiError::not_found(&rt.group, &rt.plural, name));
            };
            if let Some(rv) = precondition
                && rv != cur.rv
            {
                return Err(ApiError::stale(&rt.group, &rt.plural, name));
            }
            let old = self.read_value(rt, &cur).await?;
            let (new, applied) = f(Some(&old))?;
            let managed = if applied {
                Managed::Applied
            } else {
                Managed::Update
            };
            match self
                .commit_update(rt, &cur, &old, new, sub, opts, managed)
                .await
            {
                Err(Retry::Conflict) if precondition.is_none() => continue,
                Err(Retry::Conflict) => return Err(ApiError::stale(&rt.group, &rt.plural, name)),
                Err(Retry::Error(e)) => return Err(e),
                Ok(o) => return Ok(o),
            }
        }
        Err(ApiError::internal("too many concurrent modifications"))
    }

    /// The server's update rules, then admission, conversion and the commit.
    #[allow(clippy::too_many_arguments)]
    async fn commit_update(
        &self,
        rt: &Arc<ResourceType>,
        cur: &Arc<Stored>,
        old: &Value,
        new: Value,
        sub: Option<&str>,
        opts: &WriteOpts,
        managed: Managed,
    ) -> Result<Outcome, Retry> {
        if !new.is_object() {
            return Err(
                ApiError::bad_request("Object 'Kind' is missing in the request body").into(),
            );
        }
        let new = self.check_type(rt, new).await?;
        let mut new = merge_for_update(rt, cur, old, new, sub, &managed)?;
        let now = now_rfc3339();
        let mut warnings = Vec::new();
        if sub != Some("status") || Self::schema_of(rt).is_some() {
            warnings = self.decode_stage(rt, &mut new, false, opts)?;
        }
        let is_crd = super::is_crd_type(rt);
        warnings.extend(
            self.admit(
                rt,
                sub,
                Operation::Update,
                &mut new,
                Some(old),
                opts,
                |new| {
                    if is_crd {
                        // Spec writes keep the status and add the storage version; status
                        // writes keep the spec and set storedVersions as sent, unchecked
                        // against spec.versions (`ValidateUpdateCustomResourceDefinitionStatus`).
                        let main = sub != Some("status");
                        let stored = if main {
                            new["status"] = old["status"].clone();
                            old["status"]["storedVersions"].clone()
                        } else {
                            new["status"]["storedVersions"].clone()
                        };
                        crd::set_established(new, &now, Some(&stored), main);
                    }
                    Ok(())
                },
            )
            .await?,
        );
        new["apiVersion"] = json!(rt.api_version());
        new["kind"] = json!(rt.kind);
        if rt.generation && spec_changed(old, &new, rt.status) {
            let g = old["metadata"]["generation"].as_i64().unwrap_or(0);
            new["metadata"]["generation"] = json!(g + 1);
        }
        // A client that rewrites managedFields itself (kubectl's client-side to server-side apply
        // migration does) gets exactly what it wrote, as on a real server.
        let client_set_managed = new["metadata"].get("managedFields").is_some_and(|m| {
            m != &old["metadata"]["managedFields"] && m.as_array().is_some_and(|a| !a.is_empty())
        });
        if matches!(managed, Managed::Update) && !client_set_managed {
            new["metadata"]["managedFields"] = old["metadata"]["managedFields"].clone();
            if new["metadata"]["managedFields"].is_null()
                && let Some(m) = new["metadata"].as_object_mut()
            {
                m.remove("managedFields");
            }
            let scope = if sub == Some("status") {
                Scope::Status
            } else {
                Scope::Main {
                    exclude_status: rt.status,
                }
            };
            record_update(
                Some(old),
                &mut new,
                Self::shape(rt),
                scope,
                &opts.manager,
                sub.unwrap_or_default(),
                &rt.api_version(),
                &now,
            );
        }
        if opts.dry_run {
            return Ok(Outcome {
                code: 200,
                body: self.encode_value(rt, &new),
                warnings,
            });
        }
        let meta = Meta::from_value(&new);
        let new = self.to_storage(rt, new).await?;
        // `old` is the stored object itself unless reading it converted, pruned or defaulted.
        let unchanged = if Self::is_as_served(rt, cur) && rt.version == rt.storage_version {
            same_ignoring_times(old, &new)
        } else {
            same_ignoring_times(&cur.value(), &new)
        };
        if unchanged {
            return Ok(Outcome {
                code: 200,
                body: self.read(rt, cur).await?,
                warnings,
            });
        }
        let deleted = meta.deleting && meta.finalizers.is_empty() && !namespace_pending(rt, &new);
        let stored = if deleted {
            self.store.delete(&rt.key, new, cur.rv)
        } else {
            self.store.update(&rt.key, new, cur.rv)
        }
        .map_err(|_| Retry::Conflict)?;
        self.after_commit(rt, &stored, deleted);
        Ok(Outcome {
            code: 200,
            body: self.read(rt, &stored).await?,
            warnings,
        })
    }

    /// PUT: replace an object (or its status).
    pub async fn update(
        &self,
        rt: &Arc<ResourceType>,
        ns: Option<&str>,
        name: &str,
        sub: Option<&str>,
        body: Value,
        opts: &WriteOpts,
    ) -> ApiResult<Outcome> {
        let rv = body["metadata"]["resourceVersion"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let precondition =
            if rv.is_empty() {
                if rt.is_crd() {
                    return Err(ApiError::invalid(
                        &rt.group,
                        &rt.kind,
                        name,
                        &[FieldError::invalid(
                            "metadata.resourceVersion",
                            json!("0x0"),
                            "must be specified for an update",
                        )],
                    ));
                }
                None
            } else {
                Some(rv.parse::<u64>().map_err(|_| {
                    ApiError::bad_request(format!("invalid resource version: {rv}"))
                })?)
            };
        self.modify(rt, ns, name, sub, opts, precondition, false, |_| {
            Ok((body.clone(), false))
        })
        .await
    }

    /// PATCH in any of the four patch types.
    #[allow(clippy::too_many_arguments)]
    pub async fn patch(
        &self,
        rt: &Arc<ResourceType>,
        ns: Option<&str>,
        name: &str,
        sub: Option<&str>,
        patch_type: PatchType,
        body: &[u8],
        force: bool,
        opts: &WriteOpts,
    ) -> ApiResult<Outcome> {
        match patch_type {
            PatchType::Strategic if rt.is_crd() => {
                return Err(ApiError::unsupported_media_type(
                    patch::STRATEGIC_MERGE_PATCH,
                    &[
                        patch::JSON_PATCH,
                        patch::MERGE_PATCH,
                        patch::APPLY_PATCH,
                        patch::APPLY_PATCH_CBOR,
                    ],
                ));
            }
            PatchType::Apply => return self.apply(rt, ns, name, sub, body, force, opts).await,
            _ => {}
        }
        let shape = Self::shape(rt);
        self.modify(rt, ns, name, sub, opts, None, false, |cur| {
            let mut doc = cur.cloned().unwrap_or_default();
            let based_on = doc["metadata"]["resourceVersion"].clone();
            match patch_type {
                PatchType::Json => patch::json_patch(&mut doc, body)?,
                PatchType::Merge => patch::merge_patch(&mut doc, body)?,
                PatchType::Strategic => patch::strategic::strategic_merge(&mut doc, body, shape)?,
                PatchType::Apply => unreachable!("handled above"),
            }
            // A resourceVersion in the patch is a precondition.
            let rv = &doc["metadata"]["resourceVersion"];
            if !rv.is_null() && rv != &based_on {
                return Err(ApiError::stale(&rt.group, &rt.plural, name));
            }
            Ok((doc, false))
        })
        .await
    }

    #[allow(clippy::too_many_arguments)]
    async fn apply(
        &self,
        rt: &Arc<ResourceType>,
        ns: Option<&str>,
        name: &str,
        sub: Option<&str>,
        body: &[u8],
        force: bool,
        opts: &WriteOpts,
    ) -> ApiResult<Outcome> {
        if opts.manager.is_empty() {
            return Err(ApiError::bad_request(
                "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch",
            ));
        }
        let config = parse_yaml_or_json(body)?;
        if !config.is_object() {
            return Err(ApiError::bad_request(
                "error decoding YAML: the applied configuration is not an object",
            ));
        }
        let config = self.check_type(rt, config).await?;
        if let Some(n) = config["metadata"]["name"].as_str()
            && n != name
        {
            return Err(ApiError::bad_request(format!(
                "the name of the object ({n}) does not match the name on the URL ({name})"
            )));
        }
        let shape = Self::shape(rt);
        let now = now_rfc3339();
        let scope = if sub == Some("status") {
            Scope::Status
        } else {
            Scope::Main {
                exclude_status: rt.status,
            }
        };
        let api_version = rt.api_version();
        let req = ApplyRequest {
            shape,
            scope,
            manager: &opts.manager,
            subresource: sub.unwrap_or_default(),
            force,
            api_version: &api_version,
            now: &now,
        };
        let rv = config["metadata"]["resourceVersion"]
            .as_str()
            .and_then(|s| s.parse::<u64>().ok());
        self.modify(
            rt,
            ns,
            name,
            sub,
            opts,
            rv,
            sub.is_none(),
            |cur| match patch::apply::apply(cur, &config, &req) {
                Ok(mut obj) => {
                    if cur.is_none() {
                        obj["metadata"]["name"] = json!(name);
                    }
                    Ok((obj, true))
                }
                Err(conflicts) => Err(apply_conflict(rt, name, &conflicts)),
            },
        )
        .await
    }

    /// Removes a finalizer (controllers' use); no-op if absent or the object is gone.
    pub async fn remove_finalizer(
        &self,
        rt: &Arc<ResourceType>,
        ns: &str,
        name: &str,
        finalizer: &str,
        manager: &str,
    ) {
        let _ = self
            .edit(rt, ns, name, None, manager, |v| {
                if let Some(list) = v["metadata"]["finalizers"].as_array_mut() {
                    list.retain(|f| f != finalizer);
                    if list.is_empty()
                        && let Some(m) = v["metadata"].as_object_mut()
                    {
                        m.remove("finalizers");
                    }
                }
            })
            .await;
    }

    /// Edits an object through the update path (controllers' use).
    pub async fn edit(
        &self,
        rt: &Arc<ResourceType>,
        ns: &str,
        name: &str,
        sub: Option<&str>,
        manager: &str,
        f: impl Fn(&mut Value),
    ) -> ApiResult<Outcome> {
        let ns_opt = rt.namespaced.then_some(ns);
        self.modify(
            rt,
            ns_opt,
            name,
            sub,
            &WriteOpts::internal(manager),
            None,
            false,
            |cur| {
                let mut v = cur.cloned().unwrap_or_default();
                f(&mut v);
                Ok((v, false))
            },
        )
        .await
    }
}

/// The update strategy's rules on what a write may change: the status subresource changes only
/// status, the main resource keeps status when it is a subresource, identity and system
/// metadata stay, and no finalizer is added to an object being deleted.
fn merge_for_update(
    rt: &ResourceType,
    cur: &Stored,
    old: &Value,
    mut new: Value,
    sub: Option<&str>,
    managed: &Managed,
) -> ApiResult<Value> {
    let name = &cur.meta.name;
    if let Some(n) = new["metadata"]["name"].as_str()
        && !n.is_empty()
        && n != name
    {
        return Err(ApiError::bad_request(format!(
            "the name of the object ({n}) does not match the name on the URL ({name})"
        )));
    }
    if rt.namespaced
        && let Some(n) = new["metadata"]["namespace"].as_str()
        && !n.is_empty()
        && n != cur.meta.namespace
    {
        return Err(ApiError::bad_request(
            "the namespace of the provided object does not match the namespace sent on the request",
        ));
    }
    new = match sub {
        Some("status") => {
            let mut merged = old.clone();
            match new.get("status") {
                Some(s) => merged["status"] = s.clone(),
                None => {
                    if let Some(o) = merged.as_object_mut() {
                        o.remove("status");
                    }
                }
            }
            if matches!(managed, Managed::Applied) {
                merged["metadata"]["managedFields"] = new["metadata"]["managedFields"].clone();
            }
            merged
        }
        Some("finalize") => {
            let mut merged = old.clone();
            merged["spec"] = new["spec"].clone();
            merged
        }
        _ => {
            if rt.status {
                match old.get("status") {
                    Some(s) => new["status"] = s.clone(),
                    None => {
                        if let Some(o) = new.as_object_mut() {
                            o.remove("status");
                        }
                    }
                }
            }
            new
        }
    };
    if !new["metadata"].is_object() {
        new["metadata"] = json!({});
    }
    {
        let om = &old["metadata"];
        let m = new["metadata"].as_object_mut().expect("metadata object");
        for k in [
            "name",
            "namespace",
            "uid",
            "creationTimestamp",
            "deletionTimestamp",
            "deletionGracePeriodSeconds",
            "generation",
        ] {
            match om.get(k) {
                Some(v) => {
                    m.insert(k.into(), v.clone());
                }
                None => {
                    m.remove(k);
                }
            }
        }
        m.remove("selfLink");
        m.insert("resourceVersion".into(), om["resourceVersion"].clone());
    }
    if cur.meta.deleting {
        let old_f = &cur.meta.finalizers;
        let added: Vec<String> = Meta::from_value(&new)
            .finalizers
            .into_iter()
            .filter(|f| !old_f.contains(f))
            .collect();
        if !added.is_empty() {
            let list = added
                .iter()
                .map(|f| format!("{f:?}"))
                .collect::<Vec<_>>()
                .join(", ");
            return Err(ApiError::invalid(
                &rt.group,
                &rt.kind,
                name,
                &[FieldError::forbidden(
                    "metadata.finalizers",
                    format!(
                        "no new finalizers can be added if the object is being deleted, found new finalizers []string{{{list}}}"
                    ),
                )],
            ));
        }
    }
    Ok(new)
}
