//! The one resolver of a resource's place in Azure: its owner (`spec.owner` by name or ARM ID),
//! its Azure name and its ARM ID. The operator, `asoctl plan` and `asoctl import` all resolve
//! through here, so they cannot disagree; where they differ is only how an owner given by name
//! is found ([`Owners`]: the cluster, or the manifests of a plan).
//!
//! Nothing leaves here unchecked: owner ARM IDs are parsed and their segments checked, the Azure
//! name passes [`names::check`], and the result is asserted to lie under the owner's ID.

use serde_json::Value;

use crate::azure_name::{OwnerIdentity, azure_name};
use crate::kind::{KindInfo, OwnerRule, Scope};
use crate::{arm_id, names};

/// An owner object named in `spec.owner`, in the resource's own namespace.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct OwnerObject {
    pub group: String,
    pub kind: String,
    pub name: String,
}

/// The owner as `spec.owner` gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OwnerSpec {
    /// The kind has no owner (resource groups).
    None,
    ArmId(String),
    Object(OwnerObject),
}

/// Why a resource's place in Azure cannot be worked out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResolveError {
    /// `spec.owner` is missing, malformed, or names the wrong type.
    #[error("{0}")]
    InvalidOwner(String),
    /// The Azure name breaks a rule.
    #[error("{0}")]
    InvalidName(String),
    /// The owner lies in another subscription than the credential's.
    #[error("{0}")]
    SubscriptionMismatch(String),
    /// The owner object does not exist, is not ready, or has no ARM ID yet.
    #[error("{0}")]
    WaitingForOwner(String),
}

/// How owners given by name are found.
pub trait Owners {
    /// The ARM ID of `owner` in `namespace`, or why it cannot be known yet.
    fn arm_id(&self, namespace: &str, owner: &OwnerObject) -> Result<String, ResolveError>;
}

/// Owners for resources whose owners are all given by ARM ID (or that have none).
pub struct NoOwnerObjects;

impl Owners for NoOwnerObjects {
    fn arm_id(&self, namespace: &str, owner: &OwnerObject) -> Result<String, ResolveError> {
        Err(ResolveError::WaitingForOwner(format!(
            "owner {} {namespace}/{} cannot be looked up here",
            owner.kind, owner.name
        )))
    }
}

/// What a resource of a kind is called and where it lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placement {
    pub owner: OwnerSpec,
    /// The owner's ARM ID (`None` for kinds without an owner).
    pub owner_id: Option<String>,
    pub name: String,
    pub id: String,
}

/// The object being placed: where it is in Kubernetes and its spec.
#[derive(Debug, Clone, Copy)]
pub struct Subject<'a> {
    pub info: &'a KindInfo,
    pub namespace: &'a str,
    pub name: &'a str,
    pub spec: &'a Value,
}

/// Resolves owner, Azure name and ARM ID of `subject` for `subscription` (the credential's).
/// `catalog` holds every kind this build knows (owners by ARM ID are checked against them).
pub fn resolve(
    catalog: &[&'static KindInfo],
    subject: Subject<'_>,
    subscription: &str,
    owners: &dyn Owners,
) -> Result<Placement, ResolveError> {
    let info = subject.info;
    names::check_segment(subscription)
        .map_err(|e| ResolveError::InvalidOwner(format!("the credential's subscription: {e}")))?;
    let owner = owner_spec(info, subject.spec)?;
    let owner_id = match &owner {
        OwnerSpec::None => None,
        OwnerSpec::ArmId(id) => {
            check_owner_id(catalog, info, id)?;
            Some(id.trim_end_matches('/').to_string())
        }
        OwnerSpec::Object(object) => {
            let id = owners.arm_id(subject.namespace, object)?;
            arm_id::check_segments(&id).map_err(|e| {
                ResolveError::WaitingForOwner(format!(
                    "owner {} {}/{}: its ARM ID is unusable: {e}",
                    object.kind, subject.namespace, object.name
                ))
            })?;
            Some(id.trim_end_matches('/').to_string())
        }
    };
    if let Some(owner_id) = &owner_id
        && let Some(theirs) = arm_id::parse(owner_id).ok().and_then(|p| p.subscription)
        && !theirs.eq_ignore_ascii_case(subscription)
    {
        return Err(ResolveError::SubscriptionMismatch(format!(
            "the owner is in subscription {theirs}, but the credential is for subscription {subscription}"
        )));
    }
    let identity = owner_identity(info, subject.spec);
    let name = azure_name(
        info,
        subject.namespace,
        subject.name,
        subject.spec,
        &identity,
    );
    names::check(info, &name).map_err(|e| ResolveError::InvalidName(e.to_string()))?;
    let id = arm_id::resource_id(info, subscription, owner_id.as_deref(), &name);
    // Defence in depth: whatever the inputs, the result is one named resource under the owner.
    let base = match (&owner_id, info.scope) {
        (Some(owner), _) => owner.clone(),
        (None, Scope::Tenant) => String::new(),
        (None, _) => format!("/subscriptions/{subscription}"),
    };
    if !arm_id::is_within(&id, &base) || arm_id::check_segments(&id).is_err() {
        return Err(ResolveError::InvalidName(format!(
            "the ARM ID {id:?} would not lie under {base:?}"
        )));
    }
    Ok(Placement {
        owner,
        owner_id,
        name,
        id,
    })
}

/// Reads `spec.owner`.
pub fn owner_spec(info: &KindInfo, spec: &Value) -> Result<OwnerSpec, ResolveError> {
    if info.owner == OwnerRule::None {
        return Ok(OwnerSpec::None);
    }
    let invalid = |m: &str| ResolveError::InvalidOwner(m.to_string());
    let owner = spec
        .get("owner")
        .filter(|v| v.is_object())
        .ok_or_else(|| invalid("spec.owner is required"))?;
    let text = |k: &str| {
        owner
            .get(k)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
    };
    match (text("armId"), text("name")) {
        (Some(_), Some(_)) => Err(invalid(
            "spec.owner sets both name and armId; set exactly one",
        )),
        (Some(id), None) => Ok(OwnerSpec::ArmId(id.to_string())),
        (None, Some(name)) => {
            let (group, kind) = match (info.owner, text("group"), text("kind")) {
                (OwnerRule::Kind(k), _, _) => (k.group, k.kind),
                (_, Some(group), Some(kind)) => (group, kind),
                _ => {
                    return Err(invalid(
                        "spec.owner of an extension resource needs group, kind and name (or armId)",
                    ));
                }
            };
            Ok(OwnerSpec::Object(OwnerObject {
                group: group.to_string(),
                kind: kind.to_string(),
                name: name.to_string(),
            }))
        }
        (None, None) => Err(invalid("spec.owner needs name or armId")),
    }
}

/// The owner as ASO's UUID names see it: `spec.owner`'s group, kind and name as written (for
/// owners of a known kind, that kind), empty where absent (owners by ARM ID).
fn owner_identity<'a>(info: &KindInfo, spec: &'a Value) -> OwnerIdentity<'a> {
    let text = |k: &str| spec.pointer(&format!("/owner/{k}")).and_then(Value::as_str);
    let (group, kind) = match info.owner {
        OwnerRule::Kind(k) => (
            text("group").unwrap_or(k.group),
            text("kind").unwrap_or(k.kind),
        ),
        _ => (text("group").unwrap_or(""), text("kind").unwrap_or("")),
    };
    OwnerIdentity {
        group,
        kind,
        name: text("name").unwrap_or(""),
    }
}

/// Checks an owner given by ARM ID: a well-formed ID whose every segment is plain, of the type
/// the kind's owner must have.
pub fn check_owner_id(
    catalog: &[&'static KindInfo],
    info: &KindInfo,
    id: &str,
) -> Result<(), ResolveError> {
    let invalid = |m: String| ResolveError::InvalidOwner(format!("spec.owner.armId: {m}"));
    arm_id::check_segments(id).map_err(invalid)?;
    let parsed = arm_id::parse(id).map_err(invalid)?;
    let OwnerRule::Kind(owner) = info.owner else {
        return Ok(());
    };
    let expected = if owner.is_resource_group() {
        "Microsoft.Resources/resourceGroups"
    } else {
        match catalog.iter().find(|i| i.kind_ref() == owner) {
            Some(o) => o.arm_type,
            None => return Ok(()),
        }
    };
    if parsed.resource_type.eq_ignore_ascii_case(expected) {
        Ok(())
    } else {
        Err(ResolveError::InvalidOwner(format!(
            "spec.owner.armId {id:?} is a {}, but the owner of a {} must be a {expected}",
            parsed.resource_type, info.kind
        )))
    }
}
