//! Everything a PUT needs, worked out from the object and the cluster: the credential (and so
//! the subscription), the owner's ARM ID (by name: waiting until the owner is Ready; or by ARM
//! ID: checked), the Azure name and ARM ID, the values of references, secrets and config maps,
//! and the ARM body. Each thing read is recorded as a dependency, so a change to it re-triggers
//! the object even when preparation failed.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use k8s_openapi::api::core::v1::{ConfigMap, Secret};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::OwnerReference;
use kube::api::{Api, DynamicObject};
use serde_json::Value;

use aso_runtime::annotations::{CREDENTIAL_FROM, RESOURCE_ID};
use aso_runtime::azure_name::{OwnerIdentity, azure_name};
use aso_runtime::reference::{ConfigMapReference, ResourceReference, SecretReference};
use aso_runtime::to_arm::{self, ConvertError, Dependency as SpecDependency, Resolver};
use aso_runtime::{KindInfo, OwnerRule, arm_id};

use super::failure::{Failure, reason};
use super::object;
use crate::context::Context;
use crate::controller::index::Dependency;
use crate::identity::{Credential, CredentialError, secret_strings};
use crate::kinds::Kind;

/// What a PUT of the object needs.
pub struct Prepared {
    pub credential: Arc<Credential>,
    pub id: String,
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

/// The owner as `spec.owner` gives it.
enum OwnerSpec {
    None,
    ArmId(String),
    Object {
        group: String,
        kind: String,
        name: String,
    },
}

fn owner_spec(info: &KindInfo, spec: &Value) -> Result<OwnerSpec, Failure> {
    if info.owner == OwnerRule::None {
        return Ok(OwnerSpec::None);
    }
    let owner = spec
        .get("owner")
        .filter(|v| v.is_object())
        .ok_or_else(|| Failure::fatal(reason::INVALID_OWNER, "spec.owner is required"))?;
    let text = |k: &str| {
        owner
            .get(k)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
    };
    match (text("armId"), text("name")) {
        (Some(_), Some(_)) => Err(Failure::fatal(
            reason::INVALID_OWNER,
            "spec.owner sets both name and armId; set exactly one",
        )),
        (Some(id), None) => Ok(OwnerSpec::ArmId(id.to_string())),
        (None, Some(name)) => match info.owner {
            OwnerRule::Kind(k) => Ok(OwnerSpec::Object {
                group: k.group.to_string(),
                kind: k.kind.to_string(),
                name: name.to_string(),
            }),
            _ => match (text("group"), text("kind")) {
                (Some(group), Some(kind)) => Ok(OwnerSpec::Object {
                    group: group.to_string(),
                    kind: kind.to_string(),
                    name: name.to_string(),
                }),
                _ => Err(Failure::fatal(
                    reason::INVALID_OWNER,
                    "spec.owner of an extension resource needs group, kind and name (or armId)",
                )),
            },
        },
        (None, None) => Err(Failure::fatal(
            reason::INVALID_OWNER,
            "spec.owner needs name or armId",
        )),
    }
}

/// Checks that an owner given by ARM ID has the type the kind's owner must have.
pub fn check_owner_id(
    ctx_catalog: &[&'static KindInfo],
    info: &KindInfo,
    id: &str,
) -> Result<(), Failure> {
    let parsed = arm_id::parse(id)
        .map_err(|e| Failure::fatal(reason::INVALID_OWNER, format!("spec.owner.armId: {e}")))?;
    let OwnerRule::Kind(owner) = info.owner else {
        return Ok(());
    };
    let expected = if owner.is_resource_group() {
        "Microsoft.Resources/resourceGroups"
    } else {
        match ctx_catalog.iter().find(|i| i.kind_ref() == owner) {
            Some(o) => o.arm_type,
            None => return Ok(()),
        }
    };
    if parsed.resource_type.eq_ignore_ascii_case(expected) {
        Ok(())
    } else {
        Err(Failure::fatal(
            reason::INVALID_OWNER,
            format!(
                "spec.owner.armId {id:?} is a {}, but the owner of a {} must be a {expected}",
                parsed.resource_type, info.kind
            ),
        ))
    }
}

fn subscription_of(id: &str) -> Option<String> {
    arm_id::parse(id).ok().and_then(|p| p.subscription)
}

pub async fn prepare(
    ctx: &Context,
    kind: &Kind,
    obj: &DynamicObject,
    deps: &mut Vec<Dependency>,
) -> Result<Prepared, Failure> {
    let info = kind.info;
    let namespace = object::namespace(obj);
    let spec = object::spec(obj);

    // Credential, and with it the subscription.
    let resolved = ctx
        .identities
        .for_resource(namespace, object::annotation(obj, CREDENTIAL_FROM))
        .await;
    let credential = match resolved {
        Ok(r) => {
            deps.extend(
                r.consulted
                    .into_iter()
                    .map(|(namespace, name)| Dependency::Secret { namespace, name }),
            );
            r.credential
        }
        Err((e, consulted)) => {
            deps.extend(
                consulted
                    .into_iter()
                    .map(|(namespace, name)| Dependency::Secret { namespace, name }),
            );
            return Err(match e {
                CredentialError::Invalid(m) => Failure::fatal(reason::INVALID_ANNOTATION, m),
                CredentialError::SecretNotFound(m) => {
                    Failure::retry(reason::CREDENTIAL_NOT_FOUND, m)
                }
                CredentialError::NoCredential(m) => Failure::retry(reason::CREDENTIAL_NOT_FOUND, m),
                CredentialError::BadSecret(m) => Failure::retry(reason::CREDENTIAL_INVALID, m),
                CredentialError::Kube(m) => Failure::Kube(m),
            });
        }
    };
    let subscription = credential.subscription.clone();

    // Owner.
    let mut owner_object = None;
    let mut identity_parts = (String::new(), String::new(), String::new());
    let owner_id = match owner_spec(info, spec)? {
        OwnerSpec::None => None,
        OwnerSpec::ArmId(id) => {
            check_owner_id(&ctx.catalog, info, &id)?;
            Some(id)
        }
        OwnerSpec::Object {
            group,
            kind: owner_kind,
            name,
        } => {
            deps.push(Dependency::Object {
                group: group.clone(),
                kind: owner_kind.clone(),
                namespace: namespace.to_string(),
                name: name.clone(),
            });
            let served = ctx.kinds.find(&group, &owner_kind).ok_or_else(|| {
                Failure::retry(
                    reason::WAITING_FOR_OWNER,
                    format!("owner kind {owner_kind}.{group} is not served by this operator (its CRD is not installed or not matched by --crd-pattern)"),
                )
            })?;
            let owner = ctx.caches[served.index].get(namespace, &name).ok_or_else(|| {
                Failure::retry(
                    reason::WAITING_FOR_OWNER,
                    format!("Owner {owner_kind} {namespace}/{name} cannot be found. Progress is blocked until the owner is created."),
                )
            })?;
            if !object::is_ready(&owner) {
                return Err(Failure::retry(
                    reason::WAITING_FOR_OWNER,
                    format!(
                        "Owner {owner_kind} {namespace}/{name} is not Ready. Progress is blocked until the owner is Ready."
                    ),
                ));
            }
            let id = object::annotation(&owner, RESOURCE_ID)
                .ok_or_else(|| {
                    Failure::retry(
                        reason::WAITING_FOR_OWNER,
                        format!("Owner {owner_kind} {namespace}/{name} has no ARM ID yet"),
                    )
                })?
                .to_string();
            identity_parts = (group.clone(), owner_kind.clone(), name.clone());
            owner_object = Some(owner);
            Some(id)
        }
    };
    if let Some(owner_id) = &owner_id
        && let Some(owner_subscription) = subscription_of(owner_id)
        && !owner_subscription.eq_ignore_ascii_case(&subscription)
    {
        return Err(Failure::fatal(
            reason::SUBSCRIPTION_MISMATCH,
            format!(
                "the owner is in subscription {owner_subscription}, but the credential ({}) is for subscription {subscription}",
                credential.source.describe()
            ),
        ));
    }

    // Name and ARM ID.
    let identity = OwnerIdentity {
        group: &identity_parts.0,
        kind: &identity_parts.1,
        name: &identity_parts.2,
    };
    let name = azure_name(info, namespace, object::name(obj), spec, &identity);
    aso_runtime::azure_name::check_name(info, &name)
        .map_err(|m| Failure::fatal(reason::INVALID_SPEC, m))?;
    let id = arm_id::resource_id(info, &subscription, owner_id.as_deref(), &name);
    if let Some(recorded) = object::annotation(obj, RESOURCE_ID)
        && !recorded.eq_ignore_ascii_case(&id)
    {
        return Err(Failure::fatal(
            reason::RESOURCE_ID_CHANGED,
            format!(
                "the resource is {recorded} in Azure, but its spec now says {id}; azureName, owner and subscription cannot change once the resource exists"
            ),
        ));
    }

    // References, secrets and config maps.
    let wanted = to_arm::dependencies(info, spec).map_err(invalid_spec)?;
    let mut values = Values::default();
    for dependency in wanted {
        match dependency {
            SpecDependency::Resource { path, reference } => {
                if let Some(id) = &reference.arm_id {
                    arm_id::parse(id).map_err(|e| {
                        Failure::fatal(reason::INVALID_SPEC, format!("{path}.armId: {e}"))
                    })?;
                    values.resources.insert(reference.clone(), id.clone());
                    continue;
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
                let served = ctx.kinds.find(&group, &kind_name).ok_or_else(|| {
                    Failure::retry(
                        reason::REFERENCE_NOT_FOUND,
                        format!("failed resolving ARM ID for reference {path}: kind {kind_name}.{group} is not served by this operator"),
                    )
                })?;
                let target = ctx.caches[served.index].get(namespace, &ref_name).ok_or_else(|| {
                    Failure::retry(
                        reason::REFERENCE_NOT_FOUND,
                        format!("failed resolving ARM ID for reference {path}: {described} does not exist"),
                    )
                })?;
                // The ARM ID is recorded before the resource is created; Azure rejects references
                // to resources that do not exist yet, so wait until it has been created.
                let id = object::annotation(&target, RESOURCE_ID)
                    .filter(|_| exists_in_azure(&target))
                    .ok_or_else(|| {
                        Failure::retry(
                            reason::REFERENCE_NOT_FOUND,
                            format!("failed resolving ARM ID for reference {path}: {described} has not been created in Azure yet"),
                        )
                    })?;
                values.resources.insert(reference, id.to_string());
            }
            SpecDependency::Secret { path, reference } => {
                deps.push(Dependency::Secret {
                    namespace: namespace.to_string(),
                    name: reference.name.clone(),
                });
                let api: Api<Secret> = Api::namespaced(ctx.kube.clone(), namespace);
                let secret = api
                    .get_opt(&reference.name)
                    .await
                    .map_err(|e| {
                        Failure::kube(&format!("reading Secret {namespace}/{}", reference.name), e)
                    })?
                    .ok_or_else(|| {
                        Failure::retry(
                            reason::SECRET_NOT_FOUND,
                            format!(
                                "{path}: Secret {namespace}/{} does not exist",
                                reference.name
                            ),
                        )
                    })?;
                let value = secret_strings(&secret)
                    .remove(&reference.key)
                    .ok_or_else(|| {
                        Failure::retry(
                            reason::SECRET_NOT_FOUND,
                            format!(
                                "{path}: Secret {namespace}/{} has no key {:?}",
                                reference.name, reference.key
                            ),
                        )
                    })?;
                values.secrets.insert(reference, value);
            }
            SpecDependency::ConfigMap { path, reference } => {
                deps.push(Dependency::ConfigMap {
                    namespace: namespace.to_string(),
                    name: reference.name.clone(),
                });
                let api: Api<ConfigMap> = Api::namespaced(ctx.kube.clone(), namespace);
                let map = api
                    .get_opt(&reference.name)
                    .await
                    .map_err(|e| {
                        Failure::kube(
                            &format!("reading ConfigMap {namespace}/{}", reference.name),
                            e,
                        )
                    })?
                    .ok_or_else(|| {
                        Failure::retry(
                            reason::CONFIG_MAP_NOT_FOUND,
                            format!(
                                "{path}: ConfigMap {namespace}/{} does not exist",
                                reference.name
                            ),
                        )
                    })?;
                let value = map
                    .data
                    .and_then(|mut d| d.remove(&reference.key))
                    .ok_or_else(|| {
                        Failure::retry(
                            reason::CONFIG_MAP_NOT_FOUND,
                            format!(
                                "{path}: ConfigMap {namespace}/{} has no key {:?}",
                                reference.name, reference.key
                            ),
                        )
                    })?;
                values.config_maps.insert(reference, value);
            }
        }
    }
    let secret_inputs = !values.secrets.is_empty();
    let secret_values: Vec<String> = values
        .secrets
        .values()
        .filter(|v| !v.is_empty())
        .cloned()
        .collect();
    let body = to_arm::arm_body(info, spec, &name, &values).map_err(invalid_spec)?;
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
        id,
        body,
        body_hash,
        secret_inputs,
        secret_values,
        owner: owner_object,
        owner_reference,
    })
}

/// Whether a referenced object's resource exists in Azure: it is Ready, or its status holds
/// what a GET returned (a later update may have failed, the resource is still there).
fn exists_in_azure(obj: &DynamicObject) -> bool {
    object::is_ready(obj)
        || object::status(obj)
            .and_then(|s| s.get("id"))
            .is_some_and(|id| id.is_string())
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
