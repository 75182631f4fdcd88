//! The simulated API server's state: the store, the served resources, the compiled admission
//! webhooks and the webhook client, and what every write and read shares (type checks,
//! namespace checks, bookkeeping after a commit). The write semantics are in [`crate::write`],
//! version conversion in [`crate::conversion`], admission in [`crate::admission`].

use crate::admission::{HookSet, configuration_kind};
use crate::crd;
use crate::error::{ApiError, ApiResult};
use crate::faults::Faults;
use crate::managed::Shape;
use crate::registry::{Registry, ResourceType};
use crate::schema::{self, CelEnv};
use crate::store::{ResKey, Store, Stored, res_key};
use crate::token::TokenSigner;
use crate::webhook::Webhooks;
use bytes::Bytes;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::net::SocketAddr;
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
    /// Where webhooks behind Services are reached: `namespace/name:port` -> address. Nothing
    /// runs behind Services here, so without a route a webhook Service cannot be called.
    pub services: BTreeMap<String, SocketAddr>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            history: 20_000,
            bookmark_interval: Duration::from_secs(5),
            issuer: None,
            services: BTreeMap::new(),
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
    /// Bypass admission webhooks (controllers that write to storage directly).
    pub skip_admission: bool,
}

impl WriteOpts {
    /// A control-plane controller's write: through the API, so through admission.
    pub fn internal(manager: &str) -> WriteOpts {
        WriteOpts {
            manager: manager.to_string(),
            dry_run: false,
            validation: FieldValidation::Ignore,
            skip_admission: false,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct DeleteOpts {
    pub propagation: Option<String>,
    pub uid: Option<String>,
    pub resource_version: Option<String>,
    pub dry_run: bool,
    /// The DeleteOptions body as sent (admission webhooks see it).
    pub body: Value,
    /// Bypass admission webhooks (the CRD cleanup controller deletes through storage).
    pub skip_admission: bool,
}

/// The result of a write: the encoded object (in the requested version) and warnings.
#[derive(Debug)]
pub struct Outcome {
    pub code: u16,
    pub body: Bytes,
    pub warnings: Vec<String>,
}

pub struct Sim {
    pub store: Store,
    pub registry: Registry,
    pub cel: CelEnv,
    pub signer: TokenSigner,
    pub faults: Faults,
    /// Requests per client and verb (`/_sim/requests`).
    pub requests: crate::requests::RequestCounter,
    pub config: Config,
    pub gc_wake: Notify,
    /// The client admission and conversion webhooks are called with (and its service routes).
    pub webhooks: Webhooks,
    pub(crate) hooks: RwLock<Arc<HookSet>>,
    base_url: RwLock<String>,
    crd_generation: AtomicU64,
    next_ip: AtomicU32,
}

pub const NAMESPACES: (&str, &str) = ("", "namespaces");
pub const CRDS: (&str, &str) = ("apiextensions.k8s.io", "customresourcedefinitions");

impl Sim {
    pub fn new(config: Config) -> Sim {
        let webhooks = Webhooks::default();
        for (service, addr) in &config.services {
            webhooks.route_service(service, *addr);
        }
        let sim = Sim {
            store: Store::new(config.history),
            registry: Registry::new(),
            cel: CelEnv::new(),
            signer: TokenSigner::generate(),
            faults: Faults::default(),
            requests: Default::default(),
            config,
            gc_wake: Notify::new(),
            webhooks,
            hooks: RwLock::default(),
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
            // Nothing here waits: there are no webhooks and namespaces need no conversion.
            futures::executor::block_on(sim.create(
                &ns_type,
                None,
                json!({"metadata": {"name": ns}}),
                &WriteOpts::internal("kube-apiserver"),
            ))
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

    pub(crate) fn next_cluster_ip(&self) -> String {
        let n = self.next_ip.fetch_add(1, Ordering::Relaxed);
        format!("10.96.{}.{}", (n / 250) % 250, n % 250 + 1)
    }

    /// A stored built-in object in the version `rt` serves (custom resources go through
    /// [`Sim::read`], which converts).
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

    pub(crate) fn schema_of(rt: &ResourceType) -> Option<&schema::Schema> {
        rt.crd.as_ref().and_then(|c| c.schema.as_deref())
    }

    pub(crate) fn shape(rt: &ResourceType) -> Shape<'_> {
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

    /// A request body must be of the kind the URL names; for custom resources a body at another
    /// version of the same CRD is converted to the URL's version (the request scope's
    /// converter), for built-ins any version of the group is relabelled.
    pub(crate) async fn check_type(&self, rt: &ResourceType, obj: Value) -> ApiResult<Value> {
        if !obj.is_object() {
            return Err(ApiError::bad_request(
                "Object 'Kind' is missing in the request body",
            ));
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
        let Some(av) = obj["apiVersion"].as_str().filter(|a| !a.is_empty()) else {
            return Ok(obj);
        };
        if av == rt.api_version() {
            return Ok(obj);
        }
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
        match rt.crd.as_ref() {
            Some(c) => {
                let mut obj = obj;
                obj["kind"] = json!(rt.kind);
                self.convert(&c.info, obj, &rt.version, true)
                    .await
                    .map_err(crate::conversion::failed)
            }
            None => Ok(obj),
        }
    }

    /// Called after every committed write.
    pub(crate) fn after_commit(&self, rt: &ResourceType, stored: &Stored, deleted: bool) {
        if rt.key.as_ref() == "apiextensions.k8s.io/customresourcedefinitions" {
            let name = stored.meta.name.clone();
            // A compile older than what is served is dropped (`Registry::set_crd`).
            if deleted {
                self.registry.remove_crd(&name, stored.rv);
            } else {
                let v = stored.value();
                let previous = self.registry.snapshot().crd_info(&name);
                self.registry.set_crd(
                    &name,
                    stored.rv,
                    crd::compile(&v, &self.cel, previous.as_deref(), stored.rv),
                );
            }
            self.crd_generation.fetch_add(1, Ordering::Relaxed);
        }
        if configuration_kind(rt).is_some() {
            self.reload_hooks();
        }
        if deleted || stored.meta.deleting {
            self.gc_wake.notify_one();
        }
    }

    pub fn resource_for(&self, key: &ResKey) -> Option<Arc<ResourceType>> {
        self.registry.snapshot().storage_type(key)
    }
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
