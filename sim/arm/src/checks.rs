//! The checks ARM makes before a request on a resource takes effect, in its words: the parent
//! (resource group, parent resource, or the scope of an extension resource) exists and is not
//! being deleted, the name follows the kind's rule, the body is a JSON object; and the 404 of a
//! missing resource in each provider's wording.

use serde_json::Value;

use crate::error::ArmError;
use crate::lro::OpKind;
use crate::path::ResourceAddr;
use crate::profile::{NotFound, ParentNotFound};
use crate::resources::Resolved;
use crate::state::World;
use crate::validate;

fn is_extension(addr: &ResourceAddr, resolved: &Resolved) -> bool {
    addr.scope_is_resource
        || resolved
            .entry
            .is_some_and(|e| e.scope == aso_runtime::Scope::Extension)
}

/// The 404 for a missing resource, in the type's wording.
pub fn not_found(addr: &ResourceAddr, resolved: &Resolved) -> ArmError {
    match resolved.profile.not_found {
        NotFound::Arm if !addr.is_nested() => ArmError::resource_not_found(
            &resolved.arm_type,
            addr.name(),
            addr.resource_group.as_deref(),
        ),
        NotFound::Arm => ArmError::new(
            404,
            "NotFound",
            format!("Resource '{}' was not found.", addr.id),
        ),
        NotFound::Provider { code, message } => ArmError::new(
            404,
            code,
            message
                .replace("{name}", addr.name())
                .replace("{id}", &addr.id),
        ),
    }
}

/// Checks that what a resource hangs off exists: its resource group, its parent, or (extension
/// resources) the resource it is attached to.
pub fn check_parent(
    world: &World,
    addr: &ResourceAddr,
    resolved: &Resolved,
    operation: &str,
) -> Result<(), ArmError> {
    if addr.is_resource_group() {
        return Ok(());
    }
    if is_extension(addr, resolved) {
        let scope = addr.scope.as_str();
        if scope.is_empty() || addr.resource_group.is_none() && !addr.scope_is_resource {
            return Ok(());
        }
        if !addr.scope_is_resource {
            let rg_key = scope.to_ascii_lowercase();
            return if world.store.contains(&rg_key) {
                Ok(())
            } else {
                Err(ArmError::resource_group_not_found(
                    addr.resource_group.as_deref().unwrap_or_default(),
                ))
            };
        }
        if world.store.contains(&scope.to_ascii_lowercase()) {
            return Ok(());
        }
        let parsed = aso_runtime::arm_id::parse(scope)
            .map_err(|e| ArmError::bad_request("InvalidScope", e))?;
        return Err(ArmError::resource_not_found(
            &parsed.resource_type,
            &parsed.name,
            parsed.resource_group.as_deref(),
        ));
    }
    if let Some(parent) = addr.parent_id() {
        if world.store.contains(&parent.to_ascii_lowercase()) {
            return Ok(());
        }
        return Err(match resolved.profile.parent_not_found {
            ParentNotFound::StorageNested => ArmError::new(
                404,
                "ParentResourceNotFound",
                format!(
                    "Can not perform requested operation on nested resource. Parent resource '{}' not found.",
                    addr.names.first().map(String::as_str).unwrap_or_default()
                ),
            ),
            ParentNotFound::Arm => {
                ArmError::parent_not_found(operation, &addr.short_type(), &parent)
            }
            ParentNotFound::TopLevelNotFound => ArmError::resource_not_found(
                &format!("{}/{}", addr.namespace, addr.types[0]),
                &addr.names[0],
                addr.resource_group.as_deref(),
            ),
        });
    }
    if let (Some(sub), Some(rg)) = (&addr.subscription, &addr.resource_group)
        && !world
            .store
            .contains(&format!("/subscriptions/{sub}/resourcegroups/{rg}").to_ascii_lowercase())
    {
        return Err(ArmError::resource_group_not_found(rg));
    }
    Ok(())
}

/// The resource group of `addr`, if it is being deleted.
pub fn rg_being_deleted(world: &World, addr: &ResourceAddr) -> bool {
    let (Some(sub), Some(rg)) = (&addr.subscription, &addr.resource_group) else {
        return false;
    };
    if addr.is_resource_group() {
        return false;
    }
    let key = format!("/subscriptions/{sub}/resourcegroups/{rg}").to_ascii_lowercase();
    world
        .store
        .get(&key)
        .and_then(|r| r.operation.as_ref())
        .and_then(|op| world.ops.running(op))
        .is_some_and(|op| op.kind == OpKind::Delete)
}

/// The name against the kind's rule (or its one fixed name).
pub fn check_name(addr: &ResourceAddr, resolved: &Resolved) -> Result<(), ArmError> {
    let name = addr.name();
    let Some(version) = resolved.version else {
        return Ok(());
    };
    if let Some(fixed) = version.fixed_name {
        if !name.eq_ignore_ascii_case(fixed) {
            return Err(ArmError::bad_request(
                resolved.profile.invalid_name_code,
                format!(
                    "The resource name '{name}' is invalid: resources of type '{}' are named '{fixed}'.",
                    resolved.arm_type
                ),
            ));
        }
        return Ok(());
    }
    let Some(rule) = version.name_rule else {
        return Ok(());
    };
    let len = name.chars().count() as u64;
    let too_short = rule.min_length.is_some_and(|m| len < m);
    let too_long = rule.max_length.is_some_and(|m| len > m);
    let mismatch = rule
        .pattern
        .and_then(validate::compiled)
        .is_some_and(|re| !re.is_match(name));
    if too_short || too_long || mismatch {
        let code = resolved.profile.invalid_name_code;
        let message = if code == "AccountNameInvalid" {
            format!(
                "{name} is not a valid storage account name. Storage account name must be between 3 and 24 characters in length and use numbers and lower-case letters only."
            )
        } else {
            let mut m = format!("The resource name '{name}' is invalid.");
            if let Some(p) = rule.pattern {
                m.push_str(&format!(" It must match the pattern '{p}'."));
            }
            if rule.min_length.is_some() || rule.max_length.is_some() {
                m.push_str(&format!(
                    " Its length must be between {} and {} characters.",
                    rule.min_length.unwrap_or(1),
                    rule.max_length
                        .map(|m| m.to_string())
                        .unwrap_or_else(|| "any number of".into())
                ));
            }
            m
        };
        return Err(ArmError::bad_request(code, message).with_target("name"));
    }
    Ok(())
}

/// A write's body: a JSON object, or ARM's `InvalidRequestContent`.
pub fn parse_body(body: &[u8]) -> Result<Value, ArmError> {
    if body.is_empty() {
        return Err(ArmError::invalid_content(
            "Root element is missing. The request body must be a JSON object.",
        ));
    }
    let v: Value = serde_json::from_slice(body).map_err(|e| {
        ArmError::invalid_content(format!(
            "{e}. Path '', line {}, position {}.",
            e.line(),
            e.column()
        ))
    })?;
    if !v.is_object() {
        return Err(ArmError::invalid_content(
            "The request body must be a JSON object. Path ''.",
        ));
    }
    Ok(v)
}
