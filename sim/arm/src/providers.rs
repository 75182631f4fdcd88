//! Subscriptions, locations and resource provider registration.
//!
//! Every namespace the catalog knows (and `Microsoft.Resources`) is a provider; it is registered
//! unless the configuration lists it under a subscription's `unregisteredProviders`, in which case
//! writes answer 409 `MissingSubscriptionRegistration` until `POST .../register`. Registration
//! passes through `Registering` (seen by the first GET) to `Registered`, as in Azure.

use serde_json::{Value, json};

use crate::catalog::RESOURCES_API_VERSIONS;
use crate::error::ArmError;
use crate::reply::Reply;
use crate::state::{RegistrationState, State, World};

/// Locations the simulator offers.
pub const LOCATIONS: &[(&str, &str)] = &[
    ("eastus", "East US"),
    ("eastus2", "East US 2"),
    ("westus", "West US"),
    ("westus2", "West US 2"),
    ("westus3", "West US 3"),
    ("centralus", "Central US"),
    ("westcentralus", "West Central US"),
    ("northeurope", "North Europe"),
    ("westeurope", "West Europe"),
    ("australiaeast", "Australia East"),
];

pub fn subscription_body(state: &State, id: &str) -> Option<Value> {
    let s = state.config.subscription(id)?;
    Some(json!({
        "id": format!("/subscriptions/{}", s.id),
        "authorizationSource": "RoleBased",
        "subscriptionId": s.id,
        "tenantId": s.tenant,
        "displayName": s.display_name,
        "state": "Enabled",
        "subscriptionPolicies": {"locationPlacementId": "Public_2014-09-01", "quotaId": "PayAsYouGo_2014-09-01", "spendingLimit": "Off"},
    }))
}

pub fn locations(sub: &str) -> Reply {
    let value: Vec<Value> = LOCATIONS
        .iter()
        .map(|(name, display)| {
            json!({"id": format!("/subscriptions/{sub}/locations/{name}"), "name": name, "displayName": display,
                   "regionalDisplayName": format!("(US) {display}"), "type": "Region"})
        })
        .collect();
    Reply::json(200, &json!({"value": value}))
}

fn namespaces(state: &State) -> Vec<String> {
    let mut ns: Vec<String> = state.catalog.namespaces().map(str::to_string).collect();
    if !ns
        .iter()
        .any(|n| n.eq_ignore_ascii_case("Microsoft.Resources"))
    {
        ns.push("Microsoft.Resources".into());
    }
    ns.sort_by_key(|n| n.to_ascii_lowercase());
    ns
}

fn provider_body(
    state: &State,
    sub: Option<&str>,
    namespace: &str,
    registration: RegistrationState,
) -> Value {
    let resource_types: Vec<Value> = state
        .catalog
        .types_of(namespace)
        .map(|t| {
            let short = t.arm_type.split_once('/').map(|(_, s)| s).unwrap_or("");
            json!({
                "resourceType": short,
                "locations": LOCATIONS.iter().map(|(_, d)| *d).collect::<Vec<_>>(),
                "apiVersions": t.version_list(),
            })
        })
        .collect();
    let resource_types = if namespace.eq_ignore_ascii_case("Microsoft.Resources")
        && resource_types.is_empty()
    {
        vec![
            json!({"resourceType": "resourceGroups", "locations": [], "apiVersions": RESOURCES_API_VERSIONS.iter().rev().collect::<Vec<_>>()}),
        ]
    } else {
        resource_types
    };
    let id = match sub {
        Some(s) => format!("/subscriptions/{s}/providers/{namespace}"),
        None => format!("/providers/{namespace}"),
    };
    let mut body = json!({"id": id, "namespace": namespace, "resourceTypes": resource_types});
    if sub.is_some() {
        body["registrationState"] = json!(registration.as_str());
        body["registrationPolicy"] = json!("RegistrationRequired");
    }
    body
}

/// `GET /subscriptions/{s}/providers` (or `/providers`).
pub fn list(state: &State, world: &World, sub: Option<&str>) -> Reply {
    let value: Vec<Value> = namespaces(state)
        .iter()
        .map(|ns| {
            let reg = sub
                .map(|s| world.registration(s, ns))
                .unwrap_or(RegistrationState::Registered);
            provider_body(state, sub, ns, reg)
        })
        .collect();
    Reply::json(200, &json!({"value": value}))
}

/// `GET /subscriptions/{s}/providers/{namespace}`.
pub fn get(
    state: &State,
    world: &mut World,
    sub: Option<&str>,
    namespace: &str,
) -> Result<Reply, ArmError> {
    let canonical = namespaces(state)
        .into_iter()
        .find(|n| n.eq_ignore_ascii_case(namespace))
        .ok_or_else(|| {
            ArmError::new(
                404,
                "InvalidResourceNamespace",
                format!("The resource namespace '{namespace}' is invalid."),
            )
        })?;
    let reg = match sub {
        Some(s) => {
            let reg = world.registration(s, &canonical);
            if reg == RegistrationState::Registering {
                world.set_registration(s, &canonical, RegistrationState::Registered);
            }
            reg
        }
        None => RegistrationState::Registered,
    };
    Ok(Reply::json(
        200,
        &provider_body(state, sub, &canonical, reg),
    ))
}

/// `POST /subscriptions/{s}/providers/{namespace}/register|unregister`.
pub fn action(
    state: &State,
    world: &mut World,
    sub: &str,
    namespace: &str,
    action: &str,
) -> Result<Reply, ArmError> {
    let canonical = namespaces(state)
        .into_iter()
        .find(|n| n.eq_ignore_ascii_case(namespace))
        .ok_or_else(|| {
            ArmError::new(
                404,
                "InvalidResourceNamespace",
                format!("The resource namespace '{namespace}' is invalid."),
            )
        })?;
    let new_state = match action.to_ascii_lowercase().as_str() {
        "register" => match world.registration(sub, &canonical) {
            RegistrationState::Registered => RegistrationState::Registered,
            _ => RegistrationState::Registering,
        },
        "unregister" => RegistrationState::Unregistered,
        other => {
            return Err(ArmError::new(
                404,
                "ActionNotFound",
                format!(
                    "The action '{other}' is not supported on resource provider '{canonical}'."
                ),
            ));
        }
    };
    world.set_registration(sub, &canonical, new_state);
    Ok(Reply::json(
        200,
        &provider_body(state, Some(sub), &canonical, new_state),
    ))
}

/// Whether writes in `namespace` are allowed in `sub` (built-in namespaces always are).
pub fn check_registered(world: &World, sub: &str, namespace: &str) -> Result<(), ArmError> {
    if namespace.eq_ignore_ascii_case("Microsoft.Resources") {
        return Ok(());
    }
    match world.registration(sub, namespace) {
        RegistrationState::Registered => Ok(()),
        _ => Err(ArmError::missing_registration(namespace)),
    }
}
