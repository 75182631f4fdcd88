//! The ARM front door: authentication, subscription, throttling, access control and provider
//! registration, in that order, then the request goes to the handler of what it addresses.

use std::time::Instant;

use http::HeaderMap;
use serde_json::{Value, json};

use crate::collections;
use crate::entra::token::{Caller, Subject, SubjectKind, TokenError};
use crate::error::ArmError;
use crate::keyvault;
use crate::lro::{Clock, Failure, LroMode, OpKind, Operation};
use crate::operations;
use crate::path::{self, ResourceAddr, Route};
use crate::providers;
use crate::rbac::{self, Action, Verb};
use crate::reply::Reply;
use crate::resources::{self, Query, Req};
use crate::state::{State, World};
use crate::throttle::Category;

/// What the pipeline learned, for the journal's counters.
#[derive(Debug, Default)]
pub struct Outcome {
    pub arm_type: Option<String>,
    pub throttled: bool,
}

/// Faults that change how a request is handled rather than what is answered.
#[derive(Debug, Default, Clone)]
pub struct Injected {
    pub fail_operation: Option<Failure>,
    pub relative_location: bool,
}

/// Audiences ARM accepts (its error message lists them): the resource URIs of Azure Resource
/// Manager, with and without the trailing slash. Nothing else, the simulator's own URL included.
const AUDIENCES: &[&str] = &[
    "https://management.azure.com/",
    "https://management.azure.com",
    "https://management.core.windows.net/",
    "https://management.core.windows.net",
];

/// The ARM type a route addresses, if any (for fault rules and counters).
pub fn arm_type_of(route: &Route) -> Option<String> {
    match route {
        Route::Resource(a) | Route::Action { resource: a, .. } => Some(a.arm_type()),
        Route::Collection(c) => Some(c.arm_type()),
        Route::ResourceGroups { .. } => Some(crate::catalog::RESOURCE_GROUP_TYPE.to_string()),
        _ => None,
    }
}

fn authenticate(state: &State, headers: &HeaderMap) -> Result<Caller, ArmError> {
    if !state.config.require_auth {
        let client_id = "00000000-0000-0000-0000-00000000a11e";
        return Ok(Caller {
            subject: Subject {
                client_id: client_id.into(),
                object_id: crate::entra::directory::derived_object_id(client_id),
                tenant: state.config.default_tenant().to_string(),
                kind: SubjectKind::Application,
                any_client: true,
                resource_id: None,
            },
            audience: AUDIENCES[0].into(),
            expires: i64::MAX,
        });
    }
    let Some(value) = headers
        .get(http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    else {
        return Err(ArmError::authentication_missing());
    };
    let Some(token) = value
        .strip_prefix("Bearer ")
        .or_else(|| value.strip_prefix("bearer "))
    else {
        return Err(ArmError::new(
            401,
            "AuthenticationFailed",
            "Authentication failed. The 'Authorization' header is provided in an invalid format.",
        ));
    };
    let now = crate::unix_now();
    let caller = state
        .issuer
        .verify(token.trim(), now)
        .map_err(|e| match e {
            TokenError::Invalid(reason) => ArmError::invalid_token(&reason),
            TokenError::Expired { expired, now } => ArmError::new(
                401,
                "ExpiredAuthenticationToken",
                format!(
                    "The access token expiry UTC time '{}' is earlier than current UTC time '{}'.",
                    crate::rfc3339_unix(expired),
                    crate::rfc3339_unix(now)
                ),
            ),
        })?;
    if !AUDIENCES.contains(&caller.audience.as_str()) {
        return Err(ArmError::new(
            401,
            "InvalidAuthenticationTokenAudience",
            format!(
                "The access token has been obtained for wrong audience or resource '{}'. It should exactly match with one of the allowed audiences 'https://management.core.windows.net/','https://management.core.windows.net','https://management.azure.com/','https://management.azure.com'.",
                caller.audience
            ),
        ));
    }
    Ok(caller)
}

/// The subscription a route is in, if any.
fn subscription_of(route: &Route) -> Option<&str> {
    match route {
        Route::Subscription { sub }
        | Route::Locations { sub }
        | Route::ResourceGroups { sub }
        | Route::GenericResources { sub, .. } => Some(sub),
        Route::Providers { sub }
        | Route::Provider { sub, .. }
        | Route::ProviderAction { sub, .. } => sub.as_deref(),
        Route::Resource(a) | Route::Action { resource: a, .. } => a.subscription.as_deref(),
        Route::Collection(c) => c.subscription.as_deref(),
        Route::Operation { sub, .. } => sub.as_deref(),
        Route::Subscriptions => None,
    }
}

/// The permission a request needs and the scope it is checked on.
fn required(method: &str, route: &Route) -> Option<(Action, String)> {
    let verb = match method {
        "GET" | "HEAD" => Verb::Read,
        "DELETE" => Verb::Delete,
        _ => Verb::Write,
    };
    let subs = |s: &str| format!("/subscriptions/{s}");
    match route {
        Route::Resource(a) => Some((
            Action {
                arm_type: a.arm_type(),
                verb,
            },
            a.id.clone(),
        )),
        Route::Action { resource, action } => Some((
            Action {
                arm_type: resource.arm_type(),
                verb: Verb::Action(action.clone()),
            },
            resource.id.clone(),
        )),
        Route::Collection(c) => Some((
            Action {
                arm_type: c.arm_type(),
                verb: Verb::Read,
            },
            c.under.clone(),
        )),
        Route::ResourceGroups { sub } => Some((
            Action {
                arm_type: crate::catalog::RESOURCE_GROUP_TYPE.into(),
                verb: Verb::Read,
            },
            subs(sub),
        )),
        Route::GenericResources {
            sub,
            resource_group,
        } => Some((
            Action {
                arm_type: "Microsoft.Resources/resources".into(),
                verb: Verb::Read,
            },
            match resource_group {
                Some(rg) => format!("/subscriptions/{sub}/resourceGroups/{rg}"),
                None => subs(sub),
            },
        )),
        Route::Subscription { sub } | Route::Locations { sub } => Some((
            Action {
                arm_type: "Microsoft.Resources/subscriptions".into(),
                verb: Verb::Read,
            },
            subs(sub),
        )),
        Route::Providers { sub: Some(sub) } | Route::Provider { sub: Some(sub), .. } => Some((
            Action {
                arm_type: "Microsoft.Resources/subscriptions/providers".into(),
                verb: Verb::Read,
            },
            subs(sub),
        )),
        Route::ProviderAction {
            sub: Some(sub),
            namespace,
            action,
        } => Some((
            Action {
                arm_type: namespace.clone(),
                verb: Verb::Action(action.clone()),
            },
            subs(sub),
        )),
        _ => None,
    }
}

fn permitted(state: &State, world: &World, caller: &Caller, action: &Action, target: &str) -> bool {
    caller.subject.any_client
        || rbac::permits(
            state.grants.iter().chain(world.assignments.grants()),
            &caller.subject.client_id,
            &caller.subject.object_id,
            action,
            target,
        )
}

/// Handles an ARM request.
#[allow(clippy::too_many_arguments)]
pub fn handle(
    state: &State,
    method: &str,
    path: &str,
    route: Result<Route, path::PathError>,
    query: &str,
    headers: &HeaderMap,
    body: &[u8],
    base_url: &str,
    injected: Injected,
    outcome: &mut Outcome,
) -> Reply {
    let route = match route {
        Ok(r) => r,
        Err(e) => {
            return Reply::error(&ArmError::new(
                404,
                "NotFound",
                format!(
                    "No HTTP resource was found that matches the request URI '{base_url}{path}': {e}"
                ),
            ));
        }
    };
    let caller = match authenticate(state, headers) {
        Ok(c) => c,
        Err(e) => {
            return Reply::error(&e).header(
                "WWW-Authenticate",
                format!(
                    "Bearer authorization_uri=\"{base_url}/{}\", error=\"invalid_token\", error_description=\"{}\"",
                    state.config.default_tenant(),
                    e.message.replace('"', "'")
                ),
            );
        }
    };
    let sub = subscription_of(&route).map(str::to_string);
    let mut rate_header = None;
    if let Some(sub) = &sub {
        let Some(config) = state.config.subscription(sub) else {
            return ArmError::subscription_not_found(sub).into();
        };
        if !config.tenant.eq_ignore_ascii_case(&caller.subject.tenant) {
            return ArmError::new(
                401,
                "InvalidAuthenticationTokenTenant",
                format!(
                    "The access token is from the wrong issuer 'https://sts.windows.net/{}/'. It must match the tenant 'https://sts.windows.net/{}/' associated with this subscription. Please use the authority (URL) 'https://login.windows.net/{}' to get the token. Note, if the subscription is transferred to another tenant there is no impact to the services, but information about new tenant could take time to propagate (up to an hour). If you just transferred your subscription and see this error message, please try back later.",
                    caller.subject.tenant, config.tenant, config.tenant
                ),
            )
            .into();
        }
        let category = Category::of(method);
        match state
            .throttle
            .take(sub, &caller.subject.object_id, category, Instant::now())
        {
            Some(Ok(remaining)) => rate_header = Some((category.header(), remaining)),
            Some(Err(t)) => {
                outcome.throttled = true;
                return Reply::error(&ArmError::throttled(
                    category.word(),
                    sub,
                    &caller.subject.object_id,
                    t.retry_after,
                ))
                .header("Retry-After", t.retry_after.to_string())
                .header(category.header(), "0");
            }
            None => {}
        }
    }

    let req = Req {
        method,
        path,
        query: &Query::parse(query),
        body,
        base_url,
        caller: &caller,
        fail_operation: injected.fail_operation,
        relative_location: injected.relative_location,
    };
    let mut world = state.world();
    // Azure finishes operations whether or not they are polled: whatever this request sees,
    // operations whose time has come are over.
    operations::end_due(&mut world, Instant::now());
    if let Some((action, target)) = required(method, &route)
        && !permitted(state, &world, &caller, &action, &target)
    {
        return ArmError::authorization_failed(
            &caller.subject.client_id,
            &caller.subject.object_id,
            &action.text(),
            &target,
        )
        .into();
    }
    if matches!(method, "PUT" | "PATCH" | "POST") {
        let namespace = match &route {
            Route::Resource(a) | Route::Action { resource: a, .. } => Some(a.namespace.as_str()),
            _ => None,
        };
        if let (Some(sub), Some(ns)) = (&sub, namespace)
            && let Err(e) = providers::check_registered(&world, sub, ns)
        {
            return e.into();
        }
    }
    let result = dispatch(state, &mut world, &req, method, &route, sub.as_deref());
    drop(world);
    let mut reply = result.unwrap_or_else(|e| Reply::error(&e));
    if let Some((name, remaining)) = rate_header {
        reply = reply.header(name, remaining.to_string());
    }
    reply
}

fn is_deleted_vault(a: &ResourceAddr) -> bool {
    a.namespace.eq_ignore_ascii_case("Microsoft.KeyVault")
        && a.types.len() == 2
        && a.types[0].eq_ignore_ascii_case("locations")
        && a.types[1].eq_ignore_ascii_case("deletedVaults")
}

fn dispatch(
    state: &State,
    world: &mut World,
    req: &Req,
    method: &str,
    route: &Route,
    sub: Option<&str>,
) -> Result<Reply, ArmError> {
    // ARM answers these itself, at Microsoft.Resources' api-versions.
    if matches!(
        route,
        Route::Subscriptions
            | Route::Subscription { .. }
            | Route::Locations { .. }
            | Route::Providers { .. }
            | Route::Provider { .. }
            | Route::ProviderAction { .. }
    ) {
        crate::catalog::resources_api_version(req.query.api_version())?;
    }
    match (method, route) {
        ("GET", Route::Subscriptions) => Ok(list_subscriptions(state, world, req.caller)),
        ("GET", Route::Subscription { sub }) => Ok(Reply::json(
            200,
            &providers::subscription_body(state, sub).unwrap_or(Value::Null),
        )),
        ("GET", Route::Locations { sub }) => Ok(providers::locations(sub)),
        ("GET", Route::Providers { sub }) => Ok(providers::list(state, world, sub.as_deref())),
        ("GET", Route::Provider { sub, namespace }) => {
            providers::get(state, world, sub.as_deref(), namespace)
        }
        (
            "POST",
            Route::ProviderAction {
                sub: Some(sub),
                namespace,
                action,
            },
        ) => providers::action(state, world, sub, namespace, action),
        ("GET", Route::ResourceGroups { sub }) => {
            collections::list_resource_groups(state, world, req, sub)
        }
        (
            "GET",
            Route::GenericResources {
                sub,
                resource_group,
            },
        ) => collections::list_generic(state, world, req, sub, resource_group.as_deref()),
        ("GET", Route::Operation { id, monitor, sub }) => {
            operations::monitor(world, id, sub.as_deref(), monitor == "operationstatuses")
        }
        // Key Vault's deleted vaults live outside the resource tree.
        ("GET", Route::Resource(a)) if is_deleted_vault(a) => {
            let key = keyvault::key(sub.unwrap_or_default(), a.name());
            match world.deleted_vaults.get(&key) {
                Some(d)
                    if crate::validate::normalize(&d.location)
                        == crate::validate::normalize(&a.names[0]) =>
                {
                    Ok(Reply::json(200, &d.body()))
                }
                _ => Err(keyvault::deleted_vault_not_found(a.name())),
            }
        }
        ("GET", Route::Collection(c))
            if c.namespace.eq_ignore_ascii_case("Microsoft.KeyVault")
                && c.types
                    .last()
                    .is_some_and(|t| t.eq_ignore_ascii_case("deletedVaults")) =>
        {
            let prefix = format!("{}|", sub.unwrap_or_default().to_ascii_lowercase());
            let location = c
                .parent
                .as_ref()
                .map(|p| crate::validate::normalize(p.name()));
            let items: Vec<Value> = world
                .deleted_vaults
                .iter()
                .filter(|(k, d)| {
                    k.starts_with(&prefix)
                        && location
                            .as_ref()
                            .is_none_or(|l| *l == crate::validate::normalize(&d.location))
                })
                .map(|(_, d)| d.body())
                .collect();
            Ok(collections::page(req, items, state.config.page_size))
        }
        ("POST", Route::Action { resource, action })
            if is_deleted_vault(resource) && action.eq_ignore_ascii_case("purge") =>
        {
            purge(world, req, resource, sub.unwrap_or_default())
        }
        ("PUT", Route::Resource(a)) => resources::put(state, world, req, a, false),
        ("PATCH", Route::Resource(a)) => resources::put(state, world, req, a, true),
        ("GET", Route::Resource(a)) => resources::get(state, world, req, a, false),
        ("HEAD", Route::Resource(a)) => resources::get(state, world, req, a, true),
        ("DELETE", Route::Resource(a)) => resources::delete(state, world, req, a),
        ("POST", Route::Action { resource, action }) => {
            resources::action(state, world, req, resource, action)
        }
        ("GET", Route::Collection(c)) => collections::list(state, world, req, c),
        (m, _) => Err(ArmError::method_not_allowed(m)),
    }
}

fn list_subscriptions(state: &State, world: &World, caller: &Caller) -> Reply {
    let read = Action {
        arm_type: "Microsoft.Resources/subscriptions".into(),
        verb: Verb::Read,
    };
    let visible = |id: &str| {
        let scope = format!("/subscriptions/{id}");
        caller.subject.any_client
            || state
                .grants
                .iter()
                .chain(world.assignments.grants())
                .any(|g| {
                    let mine = g.principal.eq_ignore_ascii_case(&caller.subject.client_id)
                        || g.principal.eq_ignore_ascii_case(&caller.subject.object_id);
                    mine && (path::is_within(&g.scope, &scope) || path::is_within(&scope, &g.scope))
                        && g.role.allows(&read)
                })
    };
    let value: Vec<Value> = state
        .config
        .subscriptions
        .iter()
        .filter(|s| s.tenant.eq_ignore_ascii_case(&caller.subject.tenant) && visible(&s.id))
        .filter_map(|s| providers::subscription_body(state, &s.id))
        .collect();
    Reply::json(200, &json!({"value": value}))
}

/// `POST .../deletedVaults/{name}/purge`: the vault is gone at once; the answer is 202 with a
/// Location monitor that reports `Succeeded`, as the recording shows.
fn purge(world: &mut World, req: &Req, a: &ResourceAddr, sub: &str) -> Result<Reply, ArmError> {
    let key = keyvault::key(sub, a.name());
    let Some(deleted) = world.deleted_vaults.get(&key) else {
        return Err(keyvault::deleted_vault_not_found(a.name()));
    };
    if deleted.purge_protection {
        return Err(ArmError::new(
            409,
            "ConflictError",
            format!(
                "Vault '{}' has purge protection enabled and cannot be purged before its scheduled purge date.",
                a.name()
            ),
        ));
    }
    world.deleted_vaults.remove(&key);
    let op_id = uuid::Uuid::new_v4().simple().to_string();
    let base = if req.relative_location {
        ""
    } else {
        req.base_url
    };
    let url = format!(
        "{base}/subscriptions/{sub}/providers/Microsoft.KeyVault/locations/{}/operationResults/{op_id}?api-version={}",
        a.names[0],
        req.query.api_version().unwrap_or("2023-07-01")
    );
    let started = crate::now_rfc3339();
    world.ops.insert(Operation {
        id: op_id,
        kind: OpKind::Action,
        mode: LroMode::Location,
        resource_key: a.key(),
        subscription: Some(sub.to_string()),
        arm_type: "Microsoft.KeyVault/locations/deletedVaults".into(),
        // The vault is gone at once; the monitor reports it on its first poll.
        clock: Clock::Until(Instant::now()),
        started: started.clone(),
        ended: None,
        outcome: None,
        fail: req.fail_operation.clone(),
        retry_after: Some(1),
        monitor_url: url.clone(),
        delete_done_status: 200,
        final_body: Some(bytes::Bytes::from(
            keyvault::purge_status(&started).to_string(),
        )),
    });
    Ok(Reply::empty(202)
        .header("Location", url)
        .header("Retry-After", "1"))
}
