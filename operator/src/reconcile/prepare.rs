//! Everything a PUT needs, worked out from the object and the cluster: the credential (and so
//! the subscription), the resource's place in Azure (owner, Azure name, ARM ID: through the one
//! resolver, `aso_runtime::resolve`), the values of references, Secrets and ConfigMaps, and the
//! ARM body. Each thing read is recorded as a dependency, so a change to it re-triggers the
//! object even when preparation failed.
//!
//! ARM IDs read from other objects (an owner's, a referenced resource's) are used only when the
//! operator itself recorded them ([`super::trust`]): an annotation a user edits cannot move a
//! child under someone else's resource group.

use std::collections::{BTreeMap, HashMap};
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};

use k8s_openapi::NamespaceResourceScope;
use k8s_openapi::api::core::v1::{ConfigMap, Secret};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::OwnerReference;
use kube::api::{Api, DynamicObject};
use serde_json::Value;

use aso_runtime::annotations::CREDENTIAL_FROM;
use aso_runtime::reference::{
    ConfigMapReference, ResourceReference, SecretMapReference, SecretReference,
};
use aso_runtime::resolve::{self, OwnerObject, Owners, Placement, ResolveError, Subject};
use aso_runtime::to_arm::{self, ConvertError, Dependency as SpecDependency, Resolver};
use aso_runtime::{KindInfo, arm_id};

use super::failure::{Failure, reason};
use super::object;
use super::trust::{self, RecordedId};
use crate::arm::ScopedArm;
use crate::context::Context;
use crate::controller::index::Dependency;
use crate::identity::{Credential, CredentialError, secret_strings};

/// What a PUT of the object needs.
pub struct Prepared {
    pub credential: Arc<Credential>,
    /// Owner, Azure name and ARM ID.
    pub placement: Placement,
    /// The ARM body from the spec (before per-kind online adjustments).
    pub body: Value,
    pub body_hash: u64,
    /// Whether the body holds values from Secrets (which a GET never returns, so drift in them
    /// cannot be seen).
    pub secret_inputs: bool,
    /// The values read from Secrets, to keep them out of anything the operator writes or logs.
    pub secret_values: Vec<String>,
    /// The owner object, when the owner is given by name.
    pub owner: Option<Arc<DynamicObject>>,
    pub owner_reference: Option<OwnerReference>,
}

impl Prepared {
    pub fn id(&self) -> &str {
        &self.placement.id
    }

    /// ARM as this object may use it: its own ARM ID and its owner's, nothing else.
    pub fn azure<'a>(&'a self, ctx: &'a Context) -> ScopedArm<'a> {
        ScopedArm::new(
            &ctx.arm,
            self.credential.as_ref(),
            &self.credential.subscription,
            &ctx.catalog,
            [
                Some(self.placement.id.clone()),
                self.placement.owner_id.clone(),
            ]
            .into_iter()
            .flatten(),
        )
    }
}

/// The credential `obj` uses (its subscription is the one its resource lives in), recording
/// the Secrets consulted.
pub async fn credential(
    ctx: &Context,
    obj: &DynamicObject,
    deps: &mut Vec<Dependency>,
) -> Result<Arc<Credential>, Failure> {
    let resolved = ctx
        .identities
        .for_resource(
            object::namespace(obj),
            object::annotation(obj, CREDENTIAL_FROM),
        )
        .await;
    let (result, consulted) = match resolved {
        Ok(r) => (Ok(r.credential), r.consulted),
        Err((e, consulted)) => (Err(e), consulted),
    };
    deps.extend(
        consulted
            .into_iter()
            .map(|(namespace, name)| Dependency::Secret { namespace, name }),
    );
    result.map_err(|e| match e {
        CredentialError::Invalid(m) => Failure::fatal(reason::INVALID_ANNOTATION, m),
        CredentialError::SecretNotFound(m) | CredentialError::NoCredential(m) => {
            Failure::retry(reason::CREDENTIAL_NOT_FOUND, m)
        }
        CredentialError::BadSecret(m) => Failure::retry(reason::CREDENTIAL_INVALID, m),
        CredentialError::Kube(m) => Failure::Kube(m),
    })
}

/// Owners given by name, found in the operator's caches. Only an owner's ARM ID the operator
/// recorded itself is used; `ready` asks for the owner to be Ready too (as for a PUT; a delete
/// only needs to know where the owner is).
pub struct ClusterOwners<'a> {
    ctx: &'a Context,
    ready: bool,
    /// What was consulted, and the owner object found.
    seen: Mutex<(Vec<Dependency>, Option<Arc<DynamicObject>>)>,
}

impl<'a> ClusterOwners<'a> {
    pub fn new(ctx: &'a Context, ready: bool) -> ClusterOwners<'a> {
        ClusterOwners {
            ctx,
            ready,
            seen: Mutex::default(),
        }
    }

    /// The dependencies recorded and the owner object found.
    pub fn into_seen(self) -> (Vec<Dependency>, Option<Arc<DynamicObject>>) {
        self.seen.into_inner().unwrap_or_else(|e| e.into_inner())
    }
}

impl Owners for ClusterOwners<'_> {
    fn arm_id(&self, namespace: &str, owner: &OwnerObject) -> Result<String, ResolveError> {
        let OwnerObject { group, kind, name } = owner;
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        seen.0.push(Dependency::Object {
            group: group.clone(),
            kind: kind.clone(),
            namespace: namespace.to_string(),
            name: name.clone(),
        });
        let waiting = |m: String| ResolveError::WaitingForOwner(m);
        let served = self.ctx.kinds.find(group, kind).ok_or_else(|| {
            waiting(format!("owner kind {kind}.{group} is not served by this operator (its CRD is not installed or not matched by --crd-pattern)"))
        })?;
        let found = self.ctx.caches[served.index].get(namespace, name).ok_or_else(|| {
            waiting(format!("Owner {kind} {namespace}/{name} cannot be found. Progress is blocked until the owner is created."))
        })?;
        if self.ready && !object::is_ready(&found) {
            return Err(waiting(format!(
                "Owner {kind} {namespace}/{name} is not Ready. Progress is blocked until the owner is Ready."
            )));
        }
        let id = match trust::recorded_id(&self.ctx.signer, &found) {
            RecordedId::Signed(id) => id.to_string(),
            RecordedId::None => {
                return Err(waiting(format!(
                    "Owner {kind} {namespace}/{name} has no ARM ID yet"
                )));
            }
            RecordedId::Unsigned(_) => {
                return Err(waiting(format!(
                    "Owner {kind} {namespace}/{name}: its ARM ID is not yet confirmed by this operator"
                )));
            }
        };
        seen.1 = Some(found);
        Ok(id)
    }
}

/// Where `obj` lives in Azure for a credential of `subscription`.
pub fn place(
    ctx: &Context,
    info: &'static KindInfo,
    obj: &DynamicObject,
    subscription: &str,
    owners: &dyn Owners,
) -> Result<Placement, ResolveError> {
    let subject = Subject {
        info,
        namespace: object::namespace(obj),
        name: object::name(obj),
        spec: object::spec(obj),
    };
    resolve::resolve(&ctx.catalog, subject, subscription, owners)
}

fn resolve_failure(e: ResolveError) -> Failure {
    match e {
        ResolveError::InvalidOwner(m) => Failure::fatal(reason::INVALID_OWNER, m),
        ResolveError::InvalidName(m) => Failure::fatal(reason::INVALID_SPEC, m),
        ResolveError::SubscriptionMismatch(m) => Failure::fatal(reason::SUBSCRIPTION_MISMATCH, m),
        ResolveError::WaitingForOwner(m) => Failure::retry(reason::WAITING_FOR_OWNER, m),
    }
}

/// Checks the object's `resource-id` against where the spec puts it: a recorded ID that
/// differs is an error, never a new target.
fn check_recorded(ctx: &Context, obj: &DynamicObject, id: &str) -> Result<(), Failure> {
    match trust::recorded_id(&ctx.signer, obj) {
        RecordedId::None => Ok(()),
        RecordedId::Signed(r) | RecordedId::Unsigned(r) if r.eq_ignore_ascii_case(id) => Ok(()),
        RecordedId::Signed(r) => Err(Failure::fatal(
            reason::RESOURCE_ID_CHANGED,
            format!(
                "the resource is {r} in Azure, but its spec now says {id}; azureName, owner and subscription cannot change once the resource exists"
            ),
        )),
        RecordedId::Unsigned(r) => Err(Failure::fatal(
            reason::RESOURCE_ID_CHANGED,
            format!(
                "the resource-id annotation says {r}, which this operator did not record and the spec does not give (it gives {id}); nothing is sent to Azure until the annotation is restored or removed"
            ),
        )),
    }
}

pub async fn prepare(
    ctx: &Context,
    info: &'static KindInfo,
    obj: &DynamicObject,
    deps: &mut Vec<Dependency>,
) -> Result<Prepared, Failure> {
    let namespace = object::namespace(obj);
    let spec = object::spec(obj);
    let credential = credential(ctx, obj, deps).await?;

    let owners = ClusterOwners::new(ctx, true);
    let placed = place(ctx, info, obj, &credential.subscription, &owners);
    let (consulted, owner_object) = owners.into_seen();
    deps.extend(consulted);
    let placement = placed.map_err(resolve_failure)?;
    check_recorded(ctx, obj, &placement.id)?;

    // References, secrets and config maps.
    let wanted = to_arm::dependencies(info, spec).map_err(invalid_spec)?;
    let mut values = Values::default();
    for dependency in wanted {
        match dependency {
            SpecDependency::Resource { path, reference } => {
                let id = reference_id(ctx, namespace, &path, &reference, deps)?;
                values.resources.insert(reference, id);
            }
            SpecDependency::Secret { path, reference } => {
                deps.push(Dependency::Secret {
                    namespace: namespace.to_string(),
                    name: reference.name.clone(),
                });
                let value =
                    read_key::<Secret>(ctx, namespace, &path, &reference.name, &reference.key)
                        .await?;
                values.secrets.insert(reference, value);
            }
            SpecDependency::SecretMap { path, reference } => {
                deps.push(Dependency::Secret {
                    namespace: namespace.to_string(),
                    name: reference.name.clone(),
                });
                let all = read_all::<Secret>(ctx, namespace, &path, &reference.name).await?;
                values.secret_maps.insert(reference, all);
            }
            SpecDependency::ConfigMap { path, reference } => {
                deps.push(Dependency::ConfigMap {
                    namespace: namespace.to_string(),
                    name: reference.name.clone(),
                });
                let value =
                    read_key::<ConfigMap>(ctx, namespace, &path, &reference.name, &reference.key)
                        .await?;
                values.config_maps.insert(reference, value);
            }
        }
    }
    let secret_inputs = !values.secrets.is_empty() || !values.secret_maps.is_empty();
    let secret_values: Vec<String> = values
        .secrets
        .values()
        .chain(values.secret_maps.values().flat_map(BTreeMap::values))
        .filter(|v| !v.is_empty())
        .cloned()
        .collect();
    let body = to_arm::arm_body(info, spec, &placement.name, &values).map_err(invalid_spec)?;
    // In memory only (compared within this process), so the std hasher will do.
    let body_hash = {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        body.to_string().hash(&mut h);
        h.finish()
    };
    let owner_reference = owner_object.as_ref().map(|owner| OwnerReference {
        api_version: owner
            .types
            .as_ref()
            .map(|t| t.api_version.clone())
            .unwrap_or_default(),
        kind: owner
            .types
            .as_ref()
            .map(|t| t.kind.clone())
            .unwrap_or_default(),
        name: object::name(owner).to_string(),
        uid: owner.metadata.uid.clone().unwrap_or_default(),
        controller: None,
        block_owner_deletion: None,
    });
    Ok(Prepared {
        credential,
        placement,
        body,
        body_hash,
        secret_inputs,
        secret_values,
        owner: owner_object,
        owner_reference,
    })
}

/// The ARM ID a reference stands for: given (`armId`, checked), or the referenced object's,
/// once its resource exists in Azure.
fn reference_id(
    ctx: &Context,
    namespace: &str,
    path: &str,
    reference: &ResourceReference,
    deps: &mut Vec<Dependency>,
) -> Result<String, Failure> {
    if let Some(id) = &reference.arm_id {
        arm_id::parse(id)
            .map_err(|e| Failure::fatal(reason::INVALID_SPEC, format!("{path}.armId: {e}")))?;
        return Ok(id.clone());
    }
    let (group, kind_name, ref_name) = (
        reference.group.clone().unwrap_or_default(),
        reference.kind.clone().unwrap_or_default(),
        reference.name.clone().unwrap_or_default(),
    );
    deps.push(Dependency::Object {
        group: group.clone(),
        kind: kind_name.clone(),
        namespace: namespace.to_string(),
        name: ref_name.clone(),
    });
    let described = format!("{kind_name}.{group} {namespace}/{ref_name}");
    let not_found = |m: String| {
        Failure::retry(
            reason::REFERENCE_NOT_FOUND,
            format!("failed resolving ARM ID for reference {path}: {m}"),
        )
    };
    let served = ctx.kinds.find(&group, &kind_name).ok_or_else(|| {
        not_found(format!(
            "kind {kind_name}.{group} is not served by this operator"
        ))
    })?;
    let target = ctx.caches[served.index]
        .get(namespace, &ref_name)
        .ok_or_else(|| not_found(format!("{described} does not exist")))?;
    // The ARM ID is recorded before the resource is created; Azure rejects references to
    // resources that do not exist yet, so wait until it has been created.
    match trust::recorded_id(&ctx.signer, &target) {
        RecordedId::Signed(id) if exists_in_azure(&target) => Ok(id.to_string()),
        _ => Err(not_found(format!(
            "{described} has not been created in Azure yet"
        ))),
    }
}

/// Whether a referenced object's resource exists in Azure: it is Ready, or its status holds
/// what a GET returned (a later update may have failed, the resource is still there).
fn exists_in_azure(obj: &DynamicObject) -> bool {
    object::is_ready(obj)
        || object::status(obj)
            .and_then(|s| s.get("id"))
            .is_some_and(|id| id.is_string())
}

/// A Secret or a ConfigMap, read the same way.
trait KeyValues:
    kube::Resource<Scope = NamespaceResourceScope, DynamicType = ()>
    + Clone
    + serde::de::DeserializeOwned
    + std::fmt::Debug
{
    const KIND: &'static str;
    const MISSING: &'static str;
    fn values(self) -> BTreeMap<String, String>;
}

impl KeyValues for Secret {
    const KIND: &'static str = "Secret";
    const MISSING: &'static str = reason::SECRET_NOT_FOUND;
    fn values(self) -> BTreeMap<String, String> {
        secret_strings(&self)
    }
}

impl KeyValues for ConfigMap {
    const KIND: &'static str = "ConfigMap";
    const MISSING: &'static str = reason::CONFIG_MAP_NOT_FOUND;
    fn values(self) -> BTreeMap<String, String> {
        self.data.unwrap_or_default()
    }
}

/// The value at `key` of the Secret or ConfigMap `name` in `namespace`, for the spec field
/// `path`.
async fn read_key<K: KeyValues>(
    ctx: &Context,
    namespace: &str,
    path: &str,
    name: &str,
    key: &str,
) -> Result<String, Failure> {
    let what = format!("{} {namespace}/{name}", K::KIND);
    read_all::<K>(ctx, namespace, path, name)
        .await?
        .remove(key)
        .ok_or_else(|| Failure::retry(K::MISSING, format!("{path}: {what} has no key {key:?}")))
}

/// Every key and value of the Secret or ConfigMap `name` in `namespace`, for the spec field
/// `path` (a secret map takes the whole Secret).
async fn read_all<K: KeyValues>(
    ctx: &Context,
    namespace: &str,
    path: &str,
    name: &str,
) -> Result<BTreeMap<String, String>, Failure> {
    let api: Api<K> = Api::namespaced(ctx.kube.clone(), namespace);
    let what = format!("{} {namespace}/{name}", K::KIND);
    let found = api
        .get_opt(name)
        .await
        .map_err(|e| Failure::kube(&format!("reading {what}"), e))?
        .ok_or_else(|| Failure::retry(K::MISSING, format!("{path}: {what} does not exist")))?;
    Ok(found.values())
}

/// `text` with every secret value replaced, for messages that quote what ARM or a comparison saw.
pub fn redact(text: &str, secrets: &[String]) -> String {
    let mut out = text.to_string();
    for secret in secrets {
        if out.contains(secret.as_str()) {
            out = out.replace(secret.as_str(), "<redacted>");
        }
    }
    out
}

fn invalid_spec(e: ConvertError) -> Failure {
    Failure::fatal(reason::INVALID_SPEC, e.to_string())
}

/// The values read for a spec, handed to the ARM body conversion.
#[derive(Default)]
struct Values {
    resources: HashMap<ResourceReference, String>,
    secrets: HashMap<SecretReference, String>,
    secret_maps: HashMap<SecretMapReference, BTreeMap<String, String>>,
    config_maps: HashMap<ConfigMapReference, String>,
}

impl Resolver for Values {
    fn resource(&self, path: &str, reference: &ResourceReference) -> Result<String, ConvertError> {
        self.resources
            .get(reference)
            .cloned()
            .ok_or_else(|| ConvertError::new(path, "reference was not resolved"))
    }
    fn secret(&self, path: &str, reference: &SecretReference) -> Result<String, ConvertError> {
        self.secrets
            .get(reference)
            .cloned()
            .ok_or_else(|| ConvertError::new(path, "secret was not read"))
    }
    fn secret_map(
        &self,
        path: &str,
        reference: &SecretMapReference,
    ) -> Result<BTreeMap<String, String>, ConvertError> {
        self.secret_maps
            .get(reference)
            .cloned()
            .ok_or_else(|| ConvertError::new(path, "secret was not read"))
    }
    fn config_map(
        &self,
        path: &str,
        reference: &ConfigMapReference,
    ) -> Result<String, ConvertError> {
        self.config_maps
            .get(reference)
            .cloned()
            .ok_or_else(|| ConvertError::new(path, "config map was not read"))
    }
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn secret_values_are_redacted() {
        let secrets = vec!["hunter2".to_string()];
        assert_eq!(
            redact("password 'hunter2' is too weak; hunter2 again", &secrets),
            "password '<redacted>' is too weak; <redacted> again"
        );
        assert_eq!(redact("nothing here", &secrets), "nothing here");
    }
}
