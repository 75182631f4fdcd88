//! The simulated API server's state and its write semantics: create, update, patch and delete
//! with the real server's rules (metadata ownership, generation, status subresource, finalizers,
//! optimistic concurrency, field management), shared by the HTTP layer and the controllers
//! (garbage collector, namespace and CRD cleanup).

use crate::crd;
use crate::error::{ApiError, ApiResult};
use crate::faults::Faults;
use crate::field::FieldError;
use crate::managed::{Scope, Shape, record_update};
use crate::objects::{builtin_admit, generate_suffix, now_rfc3339, validate_labels, validate_name};
use crate::patch::{self, PatchType, apply::ApplyRequest};
use crate::registry::{Registry, ResourceType};
use crate::schema::{self, CelEnv};
use crate::store::{CommitError, Meta, ResKey, Store, Stored, res_key};
use crate::token::TokenSigner;
use bytes::Bytes;
use serde_json::{Value, json};
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;
use tokio::sync::Notify;

/// Tunables of a simulator instance.
#[derive(Debug, Clone)]
pub struct Config {
    /// How many changes watches can resume from (older resourceVersions get 410 Gone).
    pub history: usize,
    /// How often watches that allow bookmarks get one.
    pub bookmark_interval: Duration,
    /// The ServiceAccount token issuer; defaults to the server's own URL.
    pub issuer: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            history: 20_000,
            bookmark_interval: Duration::from_secs(5),
            issuer: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldValidation {
    Ignore,
    Warn,
    Strict,
}

impl FieldValidation {
    pub fn parse(s: Option<&str>) -> ApiResult<FieldValidation> {
        match s {
            None | Some("Warn") => Ok(FieldValidation::Warn),
            Some("Ignore") => Ok(FieldValidation::Ignore),
            Some("Strict") => Ok(FieldValidation::Strict),
            Some(other) => Err(ApiError::bad_request(format!(
                "fieldValidation must be one of Ignore, Warn, or Strict, got: {other}"
            ))),
        }
    }
}

/// Per-request write options.
#[derive(Debug, Clone)]
pub struct WriteOpts {
    pub manager: String,
    pub dry_run: bool,
    pub validation: FieldValidation,
}

impl WriteOpts {
    pub fn internal(manager: &str) -> WriteOpts {
        WriteOpts {
            manager: manager.to_string(),
            dry_run: false,
            validation: FieldValidation::Ignore,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct DeleteOpts {
    pub propagation: Option<String>,
    pub uid: Option<String>,
    pub resource_version: Option<String>,
    pub dry_run: bool,
}

/// The result of a write: the encoded object (in the requested version) and warnings.
#[derive(Debug)]
pub struct Outcome {
    pub code: u16,
    pub body: Bytes,
    pub warnings: Vec<String>,
}

enum Managed {
    /// An ordinary write: the manager takes the fields it changed.
    Update,
    /// Server-side apply already computed managedFields.
    Applied,
}

pub struct Sim {
    pub store: Store,
    pub registry: Registry,
    pub cel: CelEnv,
    pub signer: TokenSigner,
    pub faults: Faults,
    pub config: Config,
    pub gc_wake: Notify,
    base_url: RwLock<String>,
    crd_generation: AtomicU64,
    next_ip: AtomicU32,
}

pub const NAMESPACES: (&str, &str) = ("", "namespaces");
pub const CRDS: (&str, &str) = ("apiextensions.k8s.io", "customresourcedefinitions");

impl Sim {
    pub fn new(config: Config) -> Sim {
        let sim = Sim {
            store: Store::new(config.history),
            registry: Registry::new(),
            cel: CelEnv::new(),
            signer: TokenSigner::generate(),
            faults: Faults::default(),
            config,
            gc_wake: Notify::new(),
            base_url: RwLock::new(String::new()),
            crd_generation: AtomicU64::new(1),
            next_ip: AtomicU32::new(1),
        };
        let ns_type = sim
            .registry
            .snapshot()
            .find("", "v1", "namespaces")
            .expect("namespaces are built in");
        for ns in ["default", "kube-system", "kube-public", "kube-node-lease"] {
            sim.create(
                &ns_type,
                None,
                json!({"metadata": {"name": ns}}),
                &WriteOpts::internal("kube-apiserver"),
            )
            .expect("fresh store accepts the initial namespaces");
        }
        sim
    }

    pub fn set_base_url(&self, url: &str) {
        *self.base_url.write().unwrap_or_else(|p| p.into_inner()) = url.to_string();
    }

    pub fn base_url(&self) -> String {
        self.base_url
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    pub fn issuer(&self) -> String {
        self.config
            .issuer
            .clone()
            .unwrap_or_else(|| self.base_url())
    }

    /// Changes whenever the set of served resources changes (for OpenAPI hashes).
    pub fn api_generation(&self) -> u64 {
        self.crd_generation.load(Ordering::Relaxed)
    }

    fn next_cluster_ip(&self) -> String {
        let n = self.next_ip.fetch_add(1, Ordering::Relaxed);
        format!("10.96.{}.{}", (n / 250) % 250, n % 250 + 1)
    }

    /// The object in the version `rt` serves (only `apiVersion` differs between versions).
    pub fn encode(&self, rt: &ResourceType, stored: &Stored) -> Bytes {
        if stored.meta.api_version == rt.api_version() {
            return stored.bytes.clone();
        }
        let mut v = stored.value();
        v["apiVersion"] = json!(rt.api_version());
        Bytes::from(serde_json::to_vec(&v).expect("JSON values serialize"))
    }

    pub fn encode_value(&self, rt: &ResourceType, v: &Value) -> Bytes {
        let mut v = v.clone();
        v["apiVersion"] = json!(rt.api_version());
        Bytes::from(serde_json::to_vec(&v).expect("JSON values serialize"))
    }

    fn storage_api_version(rt: &ResourceType) -> String {
        if rt.group.is_empty() {
            rt.storage_version.clone()
        } else {
            format!("{}/{}", rt.group, rt.storage_version)
        }
    }

    fn schema_of(rt: &ResourceType) -> Option<&schema::Schema> {
        rt.crd.as_ref().and_then(|c| c.schema.as_ref())
    }

    fn shape(rt: &ResourceType) -> Shape<'_> {
        Shape::root(Self::schema_of(rt))
    }

    pub fn namespace_check(&self, ns: &str) -> ApiResult<()> {
        let key = res_key(NAMESPACES.0, NAMESPACES.1);
        match self.store.get(&key, "", ns) {
            None => Err(ApiError::not_found("", "namespaces", ns)),
            Some(s) if s.meta.deleting => Err(ApiError::forbidden(
                "",
                "namespaces",
                ns,
                &format!(
                    "unable to create new content in namespace {ns} because it is being terminated"
                ),
            )
            .with_message(format!(
                "unable to create new content in namespace {ns} because it is being terminated"
            ))),
            Some(_) => Ok(()),
        }
    }

    /// Schema defaulting, pruning, validation and CEL for custom resources; per-kind rules for
    /// built-ins; label syntax for all. Returns warnings.
    fn admit(
        &self,
        rt: &ResourceType,
        obj: &mut Value,
        old: Option<&Value>,
        opts: &WriteOpts,
    ) -> ApiResult<Vec<String>> {
        let name = obj["metadata"]["name"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let mut warnings = Vec::new();
        let mut errors: Vec<FieldError> = Vec::new();
        if let Some(schema) = Self::schema_of(rt) {
            let (pruned, errs) = schema::admit(schema, obj, old);
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
            errors.extend(errs);
        } else if rt.key.as_ref() == "apiextensions.k8s.io/customresourcedefinitions" {
            crd::default_crd(obj);
            errors.extend(crd::validate_crd(obj, &self.cel));
        } else {
            let creating = old.is_none();
            match builtin_admit(rt, obj, creating, || self.next_cluster_ip()) {
                Ok(errs) => errors.extend(errs),
                Err(decode) => return Err(ApiError::bad_request(decode)),
            }
        }
        errors.extend(validate_labels(obj));
        if !errors.is_empty() {
            return Err(ApiError::invalid(&rt.group, &rt.kind, &name, &errors));
        }
        Ok(warnings)
    }

    /// Creates an object (POST). `ns` is the namespace from the URL.
    pub fn create(
        &self,
        rt: &Arc<ResourceType>,
        ns: Option<&str>,
        obj: Value,
        opts: &WriteOpts,
    ) -> ApiResult<Outcome> {
        self.create_inner(rt, ns, obj, opts, Managed::Update)
    }

    fn create_inner(
        &self,
        rt: &Arc<ResourceType>,
        ns: Option<&str>,
        mut obj: Value,
        opts: &WriteOpts,
        managed: Managed,
    ) -> ApiResult<Outcome> {
        self.check_type(rt, &obj)?;
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
        let name = match obj["metadata"]["name"].as_str() {
            Some(n) if !n.is_empty() => n.to_string(),
            _ => match obj["metadata"]["generateName"].as_str() {
                Some(g) if !g.is_empty() => format!("{g}{}", generate_suffix()),
                _ => {
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
            },
        };
        if let Some(e) = validate_name(rt, &name) {
            return Err(ApiError::invalid(&rt.group, &rt.kind, &name, &[e]));
        }
        let now = now_rfc3339();
        {
            let m = obj["metadata"].as_object_mut().expect("metadata object");
            m.insert("name".into(), json!(name));
            m.insert("uid".into(), json!(uuid::Uuid::new_v4().to_string()));
            m.insert("creationTimestamp".into(), json!(now));
            for k in [
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
            if rt.generation {
                m.insert("generation".into(), json!(1));
            } else {
                m.remove("generation");
            }
        }
        let is_crd = rt.key.as_ref() == "apiextensions.k8s.io/customresourcedefinitions";
        if rt.status
            && !is_crd
            && rt.key.as_ref() != "/namespaces"
            && rt.key.as_ref() != "/pods"
            && let Some(o) = obj.as_object_mut()
        {
            o.remove("status");
        }
        let warnings = self.admit(rt, &mut obj, None, opts)?;
        if is_crd {
            let fin = obj["metadata"]["finalizers"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            if !fin.iter().any(|f| f == crd::CLEANUP_FINALIZER) {
                let mut fin = fin;
                fin.push(json!(crd::CLEANUP_FINALIZER));
                obj["metadata"]["finalizers"] = Value::Array(fin);
            }
            crd::set_established(&mut obj, &now, None);
        }
        obj["apiVersion"] = json!(Self::storage_api_version(rt));
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
        let stored = self.store.create(&rt.key, obj).map_err(|e| match e {
            CommitError::AlreadyExists => ApiError::already_exists(&rt.group, &rt.plural, &name),
            _ => ApiError::internal("unexpected store state"),
        })?;
        self.after_commit(rt, &stored, false);
        if rt.key.as_ref() == "/namespaces" {
            self.ensure_default_service_account(&name);
        }
        Ok(Outcome {
            code: 201,
            body: self.encode(rt, &stored),
            warnings,
        })
    }

    fn ensure_default_service_account(&self, ns: &str) {
        let snap = self.registry.snapshot();
        if let Some(sa) = snap.find("", "v1", "serviceaccounts") {
            let _ = self.create(
                &sa,
                Some(ns),
                json!({"metadata": {"name": "default"}}),
                &WriteOpts::internal("kube-controller-manager"),
            );
        }
    }

    fn check_type(&self, rt: &ResourceType, obj: &Value) -> ApiResult<()> {
        if !obj.is_object() {
            return Err(ApiError::bad_request(
                "Object 'Kind' is missing in the request body",
            ));
        }
        if let Some(av) = obj["apiVersion"].as_str()
            && !av.is_empty()
            && av != rt.api_version()
        {
            // Any served version of the same group is accepted on a collection of that group.
            let same_group = match av.split_once('/') {
                Some((g, _)) => g == rt.group,
                None => rt.group.is_empty(),
            };
            if !same_group {
                return Err(ApiError::bad_request(format!(
                    "the API version in the data ({av}) does not match the expected API version ({})",
                    rt.api_version()
                )));
            }
        }
        if let Some(k) = obj["kind"].as_str()
            && !k.is_empty()
            && k != rt.kind
        {
            return Err(ApiError::bad_request(format!(
                "the kind in the data ({k}) does not match the expected kind ({})",
                rt.kind
            )));
        }
        Ok(())
    }

    /// Called after every committed write.
    fn after_commit(&self, rt: &ResourceType, stored: &Stored, deleted: bool) {
        if rt.key.as_ref() == "apiextensions.k8s.io/customresourcedefinitions" {
            let name = stored.meta.name.clone();
            if deleted {
                self.registry.remove_crd(&name);
            } else {
                let v = stored.value();
                self.registry.set_crd(&name, crd::compile(&v, &self.cel));
            }
            self.crd_generation.fetch_add(1, Ordering::Relaxed);
        }
        if deleted || stored.meta.deleting {
            self.gc_wake.notify_one();
        }
    }

    /// Read-modify-write with retries on concurrent changes: `f` gets the current object (or
    /// `None` if absent, when `allow_create`) and returns the desired one. `precondition` is a
    /// resourceVersion the client based its write on (409 if stale).
    #[allow(clippy::too_many_arguments)]
    fn modify(
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
                    return self.create_inner(rt, ns, obj, opts, managed);
                }
                return Err(ApiError::not_found(&rt.group, &rt.plural, name));
            };
            if let Some(rv) = precondition
                && rv != cur.rv
            {
                return Err(ApiError::stale(&rt.group, &rt.plural, name));
            }
            let old = cur.value();
            let (new, applied) = f(Some(&old))?;
            let managed = if applied {
                Managed::Applied
            } else {
                Managed::Update
            };
            match self.commit_update(rt, &cur, &old, new, sub, opts, managed) {
                Err(Retry::Conflict) if precondition.is_none() => continue,
                Err(Retry::Conflict) => return Err(ApiError::stale(&rt.group, &rt.plural, name)),
                Err(Retry::Error(e)) => return Err(e),
                Ok(o) => return Ok(o),
            }
        }
        Err(ApiError::internal("too many concurrent modifications"))
    }

    #[allow(clippy::too_many_arguments)]
    fn commit_update(
        &self,
        rt: &Arc<ResourceType>,
        cur: &Arc<Stored>,
        old: &Value,
        mut new: Value,
        sub: Option<&str>,
        opts: &WriteOpts,
        managed: Managed,
    ) -> Result<Outcome, Retry> {
        let name = cur.meta.name.clone();
        if !new.is_object() {
            return Err(
                ApiError::bad_request("Object 'Kind' is missing in the request body").into(),
            );
        }
        self.check_type(rt, &new)?;
        if let Some(n) = new["metadata"]["name"].as_str()
            && !n.is_empty()
            && n != name
        {
            return Err(ApiError::bad_request(format!(
                "the name of the object ({n}) does not match the name on the URL ({name})"
            ))
            .into());
        }
        if rt.namespaced
            && let Some(n) = new["metadata"]["namespace"].as_str()
            && !n.is_empty()
            && n != cur.meta.namespace
        {
            return Err(ApiError::bad_request(
                "the namespace of the provided object does not match the namespace sent on the request",
            )
            .into());
        }
        let now = now_rfc3339();
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
                    &name,
                    &[FieldError::forbidden(
                        "metadata.finalizers",
                        format!("no new finalizers can be added if the object is being deleted, found new finalizers []string{{{list}}}"),
                    )],
                )
                .into());
            }
        }
        let is_crd = rt.key.as_ref() == "apiextensions.k8s.io/customresourcedefinitions";
        let mut warnings = Vec::new();
        if sub != Some("status") || Self::schema_of(rt).is_some() {
            warnings = self.admit(rt, &mut new, Some(old), opts)?;
        }
        if is_crd {
            let prev = old["status"]["storedVersions"].clone();
            let status = old["status"].clone();
            new["status"] = status;
            crd::set_established(&mut new, &now, Some(&prev));
        }
        new["apiVersion"] = json!(Self::storage_api_version(rt));
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
        if same_ignoring_times(old, &new) {
            return Ok(Outcome {
                code: 200,
                body: self.encode(rt, cur),
                warnings,
            });
        }
        let meta = Meta::from_value(&new);
        if opts.dry_run {
            return Ok(Outcome {
                code: 200,
                body: self.encode_value(rt, &new),
                warnings,
            });
        }
        if meta.deleting && meta.finalizers.is_empty() && !namespace_pending(rt, &new) {
            let stored = self
                .store
                .delete(&rt.key, new, cur.rv)
                .map_err(|_| Retry::Conflict)?;
            self.after_commit(rt, &stored, true);
            return Ok(Outcome {
                code: 200,
                body: self.encode(rt, &stored),
                warnings,
            });
        }
        let stored = self
            .store
            .update(&rt.key, new, cur.rv)
            .map_err(|_| Retry::Conflict)?;
        self.after_commit(rt, &stored, false);
        Ok(Outcome {
            code: 200,
            body: self.encode(rt, &stored),
            warnings,
        })
    }

    /// PUT: replace an object (or its status).
    pub fn update(
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
    }

    /// PATCH in any of the four patch types.
    #[allow(clippy::too_many_arguments)]
    pub fn patch(
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
            PatchType::Apply => return self.apply(rt, ns, name, sub, body, force, opts),
            _ => {}
        }
        let shape = Self::shape(rt);
        self.modify(rt, ns, name, sub, opts, None, false, |cur| {
            let mut doc = cur.cloned().unwrap_or_default();
            // Clients see (and patch) the object in the version they address.
            doc["apiVersion"] = json!(rt.api_version());
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
    }

    #[allow(clippy::too_many_arguments)]
    fn apply(
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
        self.check_type(rt, &config)?;
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
        self.modify(rt, ns, name, sub, opts, rv, sub.is_none(), |cur| {
            let mut live = cur.cloned();
            if let Some(l) = live.as_mut() {
                l["apiVersion"] = json!(api_version);
            }
            match patch::apply::apply(live.as_ref(), &config, &req) {
                Ok(mut obj) => {
                    if cur.is_none() {
                        obj["metadata"]["name"] = json!(name);
                    }
                    Ok((obj, true))
                }
                Err(conflicts) => Err(apply_conflict(rt, name, &conflicts)),
            }
        })
    }

    /// DELETE one object, honouring finalizers and propagation policy.
    pub fn delete(
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
            let mut obj = cur.value();
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
            let is_namespace = rt.key.as_ref() == "/namespaces";
            if !finalizers.is_empty() || is_namespace {
                if cur.meta.deleting && finalizers == cur.meta.finalizers {
                    return Ok(Outcome {
                        code: 200,
                        body: self.encode(rt, &cur),
                        warnings: vec![],
                    });
                }
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
                match self.store.update(&rt.key, obj, cur.rv) {
                    Ok(stored) => {
                        self.after_commit(rt, &stored, false);
                        return Ok(Outcome {
                            code: 200,
                            body: self.encode(rt, &stored),
                            warnings: vec![],
                        });
                    }
                    Err(_) => continue,
                }
            }
            if opts.dry_run {
                return Ok(Outcome {
                    code: 200,
                    body: self.encode(rt, &cur),
                    warnings: vec![],
                });
            }
            match self.store.delete(&rt.key, obj, cur.rv) {
                Ok(stored) => {
                    self.after_commit(rt, &stored, true);
                    let body = if rt.is_crd() {
                        self.encode(rt, &stored)
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

    /// Removes a finalizer (controllers' use); no-op if absent or the object is gone.
    pub fn remove_finalizer(
        &self,
        rt: &Arc<ResourceType>,
        ns: &str,
        name: &str,
        finalizer: &str,
        manager: &str,
    ) {
        let ns_opt = rt.namespaced.then_some(ns);
        let _ = self.modify(
            rt,
            ns_opt,
            name,
            None,
            &WriteOpts::internal(manager),
            None,
            false,
            |cur| {
                let mut v = cur.cloned().unwrap_or_default();
                if let Some(list) = v["metadata"]["finalizers"].as_array_mut() {
                    list.retain(|f| f != finalizer);
                    if list.is_empty()
                        && let Some(m) = v["metadata"].as_object_mut()
                    {
                        m.remove("finalizers");
                    }
                }
                Ok((v, false))
            },
        );
    }

    /// Edits an object through the update path (controllers' use).
    pub fn edit(
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
    }

    pub fn resource_for(&self, key: &ResKey) -> Option<Arc<ResourceType>> {
        self.registry.snapshot().storage_type(key)
    }
}

enum Retry {
    Conflict,
    Error(ApiError),
}

impl From<ApiError> for Retry {
    fn from(e: ApiError) -> Self {
        Retry::Error(e)
    }
}

/// A namespace leaves only once its content is gone and `spec.finalizers` is empty.
fn namespace_pending(rt: &ResourceType, v: &Value) -> bool {
    rt.key.as_ref() == "/namespaces"
        && v["spec"]["finalizers"]
            .as_array()
            .is_some_and(|f| !f.is_empty())
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

/// Request bodies are JSON, or YAML for apply patches.
pub fn parse_yaml_or_json(body: &[u8]) -> ApiResult<Value> {
    if let Ok(v) = serde_json::from_slice::<Value>(body) {
        return Ok(v);
    }
    let text = std::str::from_utf8(body)
        .map_err(|e| ApiError::bad_request(format!("error decoding YAML: {e}")))?;
    serde_saphyr::from_str::<Value>(text)
        .map_err(|e| ApiError::bad_request(format!("error decoding YAML: {e}")))
}

impl ApiError {
    pub fn with_message(mut self, message: String) -> Self {
        self.message = message;
        self
    }
}
