//! Resources: PUT, PATCH, GET, HEAD and DELETE on any resource ID, and POST actions.
//!
//! Each request is checked as ARM checks it, in ARM's order (`checks.rs`): api-version and
//! resource type (here, [`resolve`]), parent (`ResourceGroupNotFound` / `ParentResourceNotFound`),
//! name, body against the schema of the api-version it names, create-only properties, operations
//! in flight; then it takes effect and is answered in the shape the type's profile (or the test's
//! settings) asks for, its long-running operation started in `operations.rs`.

use std::sync::Arc;
use std::time::Instant;

use bytes::Bytes;
use serde_json::{Map, Value, json};

use crate::catalog::{self, TypeEntry, VersionEntry};
use crate::checks::{check_name, check_parent, not_found, parse_body, rg_being_deleted};
use crate::computed;
use crate::config::UnknownTypes;
use crate::entra::token::{Caller, SubjectKind};
use crate::error::ArmError;
use crate::keyvault;
use crate::lro::{Behaviour, Failure, LroMode, LroSettings, OpKind};
use crate::operations::{self, observe_resource, remove};
use crate::path::ResourceAddr;
use crate::profile::{Profile, profile};
use crate::reply::Reply;
use crate::state::{State, World};
use crate::store::Resource;
use crate::validate::{self, same_value};

/// A request's query string.
#[derive(Debug, Clone, Default)]
pub struct Query(pub Vec<(String, String)>);

impl Query {
    pub fn parse(q: &str) -> Query {
        Query(
            url::form_urlencoded::parse(q.as_bytes())
                .into_owned()
                .collect(),
        )
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn api_version(&self) -> Option<&str> {
        self.get("api-version").filter(|v| !v.is_empty())
    }
}

/// What a handler needs to know about the request.
pub struct Req<'a> {
    pub method: &'a str,
    pub path: &'a str,
    pub query: &'a Query,
    pub body: &'a [u8],
    /// `https://host:port` as the client addressed the simulator.
    pub base_url: &'a str,
    pub caller: &'a Caller,
    /// From faults: the operation this request starts fails.
    pub fail_operation: Option<Failure>,
    /// From faults: monitor URLs are relative.
    pub relative_location: bool,
}

/// The type of a request, as far as the simulator knows it.
pub struct Resolved<'a> {
    pub entry: Option<&'a TypeEntry>,
    pub version: Option<&'a VersionEntry>,
    /// The catalog's casing, or the request's for unknown types.
    pub arm_type: String,
    pub profile: Profile,
}

/// Checks api-version and type: ARM's answers for a missing api-version, an unknown namespace or
/// type (unless unknown types are accepted), and an unsupported version (whose message names the
/// resource's `location`, asked for only then).
pub fn resolve<'a>(
    state: &'a State,
    arm_type: &str,
    api_version: Option<&str>,
    location: impl FnOnce() -> String,
) -> Result<Resolved<'a>, ArmError> {
    let api_version = api_version.ok_or_else(ArmError::missing_api_version)?;
    let (namespace, short) = arm_type.split_once('/').unwrap_or((arm_type, ""));
    match state.catalog.get(arm_type) {
        // ARM answers for its own types; providers for theirs.
        Some(entry) if entry.arm_type == catalog::RESOURCE_GROUP_TYPE => {
            catalog::resources_api_version(Some(api_version))?;
            Ok(Resolved {
                version: entry.version(api_version),
                entry: Some(entry),
                arm_type: entry.arm_type.clone(),
                profile: profile(&entry.arm_type),
            })
        }
        Some(entry) => {
            let version = entry.version(api_version).ok_or_else(|| {
                ArmError::no_registered_provider(
                    &location(),
                    api_version,
                    short,
                    &entry.version_list(),
                )
            })?;
            Ok(Resolved {
                entry: Some(entry),
                version: Some(version),
                arm_type: entry.arm_type.clone(),
                profile: profile(&entry.arm_type),
            })
        }
        None => match state.config.unknown_types {
            UnknownTypes::Accept => Ok(Resolved {
                entry: None,
                version: None,
                arm_type: arm_type.to_string(),
                profile: profile(arm_type),
            }),
            UnknownTypes::Reject => match state.catalog.namespace(namespace) {
                Some(ns) => Err(ArmError::invalid_resource_type(short, ns, api_version)),
                None => Err(ArmError::invalid_namespace(namespace)),
            },
        },
    }
}

/// The LRO behaviour of a write: the test's per-type settings over its global settings over the
/// type's profile, plus faults injected into this request.
fn behaviour(state: &State, resolved: &Resolved, kind: &OpKind, req: &Req) -> Behaviour {
    let lro = state.lro.read().unwrap_or_else(|e| e.into_inner());
    let per_type = lro
        .types
        .iter()
        .find(|(t, _)| t.eq_ignore_ascii_case(&resolved.arm_type))
        .map(|(_, s)| s.clone())
        .unwrap_or_default();
    let test_settings = per_type.over(&lro.default);
    let s: LroSettings = test_settings.over(&resolved.profile.lro);
    // Some providers send no Retry-After; a test that sets one gets it everywhere.
    let retry_after = match test_settings.retry_after {
        Some(v) => Some(v),
        None if resolved.profile.retry_after_header => Some(s.retry_after.unwrap_or(1)),
        None => None,
    };
    let mode = match kind {
        OpKind::Create => s.create,
        OpKind::Update => s.update,
        OpKind::Delete => s.delete,
        OpKind::Action => Some(LroMode::Location),
    };
    Behaviour {
        mode: mode.unwrap_or(LroMode::Sync),
        // Time unless the test asks for poll-counted progress; durations and polls from all layers.
        clock: s.clock(test_settings.progress_mode(), kind, Instant::now()),
        retry_after,
        relative_location: req.relative_location || s.relative_location.unwrap_or(false),
        fail: req.fail_operation.clone().or(s.fail),
    }
}

/// Whether bodies of the type carry `properties.provisioningState`: when the write is
/// asynchronous (the state is where progress shows), when the profile says so, and otherwise when
/// the schema declares it or the resource is a tracked one (has a location), as nearly all are.
fn has_provisioning_state(resolved: &Resolved, body: &Value, asynchronous: bool) -> bool {
    if asynchronous {
        return true;
    }
    if let Some(declared) = resolved.profile.provisioning_state {
        return declared;
    }
    match resolved.version.and_then(|v| v.schema.as_ref()) {
        Some(schema) => {
            schema.properties.contains_key("location")
                || schema
                    .properties
                    .get("properties")
                    .is_some_and(|p| p.properties.contains_key("provisioningState"))
        }
        None => body.get("properties").is_some_and(Value::is_object),
    }
}

pub fn set_state(body: &mut Value, state: &str) {
    if let Some(p) = body.get_mut("properties").and_then(Value::as_object_mut) {
        p.insert("provisioningState".into(), json!(state));
    }
}

/// Builds the GET body of a resource from its (stripped) input.
#[allow(clippy::too_many_arguments)]
fn render(
    state: &State,
    world: &World,
    addr: &ResourceAddr,
    resolved: &Resolved,
    input: Value,
    incarnation: u64,
    caller: &Caller,
    created: Option<&Value>,
    provisioning: Option<&str>,
) -> Result<Value, ArmError> {
    let mut fields = match input {
        Value::Object(m) => m,
        _ => Map::new(),
    };
    for k in ["id", "name", "type", "systemData", "etag"] {
        fields.remove(k);
    }
    let now = crate::now_rfc3339();
    let mut body = Map::new();
    body.insert("id".into(), json!(addr.id));
    body.insert("name".into(), json!(addr.name()));
    body.insert("type".into(), json!(resolved.arm_type));
    body.extend(fields);
    let by_type = if caller.subject.kind == SubjectKind::ManagedIdentity {
        "ManagedIdentity"
    } else {
        "Application"
    };
    let mut system = json!({
        "createdBy": caller.subject.client_id, "createdByType": by_type, "createdAt": now,
        "lastModifiedBy": caller.subject.client_id, "lastModifiedByType": by_type, "lastModifiedAt": now,
    });
    if let Some(created) = created {
        for k in ["createdBy", "createdByType", "createdAt"] {
            if let Some(v) = created.get(k) {
                system[k] = v.clone();
            }
        }
    }
    body.insert("systemData".into(), system);
    let mut body = Value::Object(body);
    let sub = addr.subscription.clone().unwrap_or_default();
    let tenant = state.tenant_of(&sub);
    let location = body
        .get("location")
        .and_then(Value::as_str)
        .map(str::to_string);
    let ctx = computed::Ctx {
        id: &addr.id,
        name: addr.name(),
        arm_type: &resolved.arm_type,
        location: location.as_deref(),
        subscription: &sub,
        resource_group: addr.resource_group.as_deref(),
        tenant: &tenant,
        incarnation,
        now: &now,
        seed: &state.config.key_seed,
    };
    if let Some(state_name) = provisioning {
        if body.get("properties").is_none_or(|p| !p.is_object()) {
            body["properties"] = json!({});
        }
        set_state(&mut body, state_name);
    }
    computed::apply(&ctx, &mut body);
    computed::system_identity(&ctx, &mut body);
    // User-assigned identities must exist; Azure fills in their principal and client IDs.
    if let Some(map) = body
        .pointer_mut("/identity/userAssignedIdentities")
        .and_then(Value::as_object_mut)
    {
        for (uai, value) in map.iter_mut() {
            let Some(identity) = world.identity_by_id(uai) else {
                return Err(ArmError::bad_request(
                    "FailedIdentityOperation",
                    format!(
                        "Identity operation for resource '{}' failed with error 'Failed to perform resource identity operation. Status: 'BadRequest'. Response: '{{\"error\":{{\"code\":\"BadRequest\",\"message\":\"Resource '{uai}' was not found.\"}}}}'.'.",
                        addr.id
                    ),
                ));
            };
            *value = json!({"principalId": identity.principal_id, "clientId": identity.client_id});
        }
    }
    Ok(body)
}

/// The minimal answer of some creates: id, name and type only.
fn minimal(body: &Value) -> Value {
    json!({"id": body["id"], "name": body["name"], "type": body["type"]})
}

/// PUT (or PATCH) of a resource.
pub fn put(
    state: &State,
    world: &mut World,
    req: &Req,
    addr: &ResourceAddr,
    patch: bool,
) -> Result<Reply, ArmError> {
    let key = addr.key();
    let request = parse_body(req.body)?;
    let resolved = resolve(state, &addr.arm_type(), req.query.api_version(), || {
        request
            .get("location")
            .and_then(Value::as_str)
            .unwrap_or("westus2")
            .to_string()
    })?;
    check_parent(world, addr, &resolved, "write")?;
    if rg_being_deleted(world, addr) {
        return Err(ArmError::resource_group_being_deleted(
            addr.resource_group.as_deref().unwrap_or_default(),
        ));
    }
    observe_resource(world, &key, false);
    if let Some(existing) = world.store.get(&key)
        && let Some(op) = existing
            .operation
            .as_ref()
            .and_then(|o| world.ops.running(o))
    {
        if addr.is_resource_group() && op.kind == OpKind::Delete {
            return Err(ArmError::resource_group_being_deleted(addr.name()));
        }
        return Err(ArmError::another_operation_in_progress(&op.monitor_url));
    }
    let existing = world.store.get(&key).cloned();
    let creating = existing.is_none();
    if patch && creating {
        return Err(not_found(addr, &resolved));
    }
    check_name(addr, &resolved)?;
    let mut input = if patch {
        let mut merged = existing
            .as_ref()
            .map(Resource::json)
            .unwrap_or_else(|| json!({}));
        merge_patch(&mut merged, &request);
        merged
    } else {
        request
    };
    let schema = resolved.version.and_then(|v| v.schema.clone());
    if let Some(schema) = &schema {
        let problems = validate::validate(schema, &input);
        if problems
            .iter()
            .any(|p| p.path == "location" && p.message.starts_with("Required property"))
        {
            return Err(ArmError::location_required());
        }
        if let Some(e) = validate::to_error(&problems) {
            return Err(e);
        }
        validate::strip_for_storage(schema, &mut input);
    }
    if let Some(old) = &existing {
        let old_body = old.json();
        if let (Some(o), Some(n)) = (old_body.get("location"), input.get("location"))
            && !same_value(o, n)
        {
            return Err(ArmError::invalid_location(
                addr.name(),
                o.as_str().unwrap_or_default(),
                addr.resource_group.as_deref().unwrap_or_default(),
                n.as_str().unwrap_or_default(),
            ));
        }
        if let Some(path) = schema
            .as_ref()
            .and_then(|s| validate::create_only_change(s, &old_body, &input, ""))
        {
            return Err(ArmError::property_change_not_allowed(&path));
        }
    }

    // Type-specific checks before anything changes.
    let sub = addr.subscription.clone().unwrap_or_default();
    let mut recovered = false;
    if creating && resolved.profile.soft_delete {
        let deleted = world.deleted_vaults.get(&keyvault::key(&sub, addr.name()));
        let mode = keyvault::before_create(
            deleted,
            &sub,
            addr.resource_group.as_deref().unwrap_or_default(),
            addr.name(),
            &input,
        )?;
        recovered = mode == keyvault::CreateMode::Recover;
    }
    if creating
        && let Some((code, message)) = resolved.profile.globally_unique
        && world
            .store
            .unique_holder(&resolved.arm_type, addr.name())
            .is_some_and(|h| h != key)
    {
        return Err(ArmError::new(
            409,
            code,
            message.replace("{name}", addr.name()),
        ));
    }
    if resolved
        .arm_type
        .eq_ignore_ascii_case("Microsoft.Authorization/roleAssignments")
        && state.config.check_principals
    {
        let principal = input
            .pointer("/properties/principalId")
            .and_then(Value::as_str)
            .unwrap_or_default();
        if !world
            .known_principals
            .contains(&principal.to_ascii_lowercase())
        {
            return Err(ArmError::bad_request(
                "PrincipalNotFound",
                format!(
                    "Principal {} does not exist in the directory {}. Check that you have the correct principal ID. If you are creating this principal and then immediately assigning a role, this error might be related to a replication delay. In this case, set the role assignment principalType property to a value, such as ServicePrincipal, User, or Group.  See https://aka.ms/docs-principaltype",
                    principal.replace('-', ""),
                    state.tenant_of(&sub)
                ),
            ));
        }
    }

    let kind = if creating {
        OpKind::Create
    } else {
        OpKind::Update
    };
    let mut b = behaviour(state, &resolved, &kind, req);
    if recovered {
        b.mode = LroMode::Sync;
    }
    if b.mode == LroMode::Sync
        && let Some(f) = &b.fail
    {
        return Err(f.error());
    }
    let provisioning = has_provisioning_state(&resolved, &input, b.mode != LroMode::Sync)
        .then_some(match (b.mode, creating) {
            (LroMode::Sync, _) => "Succeeded",
            (_, true) => resolved.profile.creating_state,
            (_, false) => resolved.profile.updating_state,
        });
    let incarnation = match &existing {
        Some(r) => r.incarnation,
        None => world.store.next_incarnation(),
    };
    let created = existing
        .as_ref()
        .and_then(|r| r.json().get("systemData").cloned());
    let body = render(
        state,
        world,
        addr,
        &resolved,
        input,
        incarnation,
        req.caller,
        created.as_ref(),
        provisioning,
    )?;
    let api_version = req.query.api_version().unwrap_or_default().to_string();
    let arm_type: Arc<str> = Arc::from(resolved.arm_type.as_str());
    let mut resource = Resource {
        id: existing
            .as_ref()
            .map(|r| r.id.clone())
            .unwrap_or_else(|| addr.id.clone()),
        arm_type: arm_type.clone(),
        api_version: api_version.clone(),
        body: Bytes::new(),
        operation: None,
        incarnation,
        key_generations: existing.and_then(|r| r.key_generations),
    };
    resource.set_json(&body);

    let location = body
        .get("location")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let mut reply_headers: Vec<(String, String)> = Vec::new();
    let status;
    // None: no body; Some(None): the resource as stored; Some(Some(v)): v.
    let mut reply_body: Option<Option<Value>> = Some(None);
    if b.mode != LroMode::Sync {
        let (op_id, started) =
            operations::start(world, req, &resolved, addr, kind.clone(), &b, &location);
        let url = if b.mode == LroMode::AsyncOperation {
            started.status_url
        } else {
            started.location_url
        };
        resource.operation = Some(op_id);
        match b.mode {
            LroMode::AsyncOperation => {
                status = if creating { 201 } else { 200 };
                reply_headers.push(("Azure-AsyncOperation".into(), url));
                if let Some(r) = b.retry_after {
                    reply_headers.push(("Retry-After".into(), r.to_string()));
                }
            }
            LroMode::Location => {
                status = 202;
                reply_body = None;
                reply_headers.push(("Location".into(), url));
                if let Some(r) = b.retry_after {
                    reply_headers.push(("Retry-After".into(), r.to_string()));
                }
            }
            _ => {
                status = if creating {
                    resolved.profile.create_status
                } else {
                    200
                }
            }
        }
    } else {
        status = if creating {
            resolved.profile.create_status
        } else {
            200
        };
        if creating && resolved.profile.minimal_create_body {
            reply_body = Some(Some(minimal(&body)));
        }
    }
    if creating && resolved.profile.create_location_header {
        reply_headers.push(("Location".into(), resource.id.clone()));
    }

    if recovered {
        world
            .deleted_vaults
            .remove(&keyvault::key(&sub, addr.name()));
    }
    if creating {
        if resolved.profile.globally_unique.is_some() {
            world
                .store
                .claim_unique(&resolved.arm_type, addr.name(), &key);
        }
        for child in resolved.profile.implicit_children {
            let child_id = format!("{}/{}/{}", resource.id, child.segment, child.name);
            if world.store.contains(&child_id.to_ascii_lowercase()) {
                continue;
            }
            let mut child_body: Value =
                serde_json::from_str(child.body).expect("implicit child bodies are JSON");
            child_body["id"] = json!(child_id);
            child_body["name"] = json!(child.name);
            let child_type = format!("{}/{}", resolved.arm_type, child.segment);
            child_body["type"] = json!(child_type);
            let incarnation = world.store.next_incarnation();
            let mut r = Resource {
                id: child_id,
                arm_type: Arc::from(child_type.as_str()),
                api_version: api_version.clone(),
                body: Bytes::new(),
                operation: None,
                incarnation,
                key_generations: None,
            };
            r.set_json(&child_body);
            world.store.insert(r);
        }
    }
    world.index(&resource, &body);
    let stored = resource.body.clone();
    world.store.insert(resource);

    let mut reply = match reply_body {
        Some(None) => Reply::raw_json(status, stored),
        Some(Some(b)) => Reply::json(status, &b),
        None => Reply::empty(status),
    };
    reply.headers.extend(reply_headers);
    Ok(reply)
}

/// RFC 7386 JSON merge patch.
pub fn merge_patch(target: &mut Value, patch: &Value) {
    match patch {
        Value::Object(p) => {
            if !target.is_object() {
                *target = json!({});
            }
            let t = target.as_object_mut().expect("made an object");
            for (k, v) in p {
                if v.is_null() {
                    t.remove(k);
                } else {
                    merge_patch(t.entry(k.clone()).or_insert(Value::Null), v);
                }
            }
        }
        other => *target = other.clone(),
    }
}

/// The location of a stored resource.
fn stored_location(world: &World, key: &str) -> Option<String> {
    world.store.get(key).and_then(|r| {
        r.json()
            .get("location")
            .and_then(Value::as_str)
            .map(str::to_string)
    })
}

/// GET of a resource.
pub fn get(
    state: &State,
    world: &mut World,
    req: &Req,
    addr: &ResourceAddr,
    head: bool,
) -> Result<Reply, ArmError> {
    let key = addr.key();
    let resolved = resolve(state, &addr.arm_type(), req.query.api_version(), || {
        stored_location(world, &key).unwrap_or_else(|| "westus2".into())
    })?;
    check_parent(world, addr, &resolved, "read")?;
    observe_resource(world, &key, true);
    let api_version = req.query.api_version().unwrap_or_default();
    match world.store.get(&key) {
        Some(_) if head => Ok(Reply::empty(204)),
        Some(r) => Ok(
            match resolved
                .entry
                .filter(|e| e.shows_differently(&r.api_version, api_version))
            {
                Some(entry) => {
                    let mut shown = r.json();
                    entry.project(&mut shown, api_version);
                    Reply::json(200, &shown)
                }
                None => Reply::raw_json(200, r.body.clone()),
            },
        ),
        None if head => Ok(Reply::empty(404)),
        None if addr.is_resource_group() => Err(ArmError::resource_group_not_found(addr.name())),
        None => Err(not_found(addr, &resolved)),
    }
}

/// DELETE of a resource.
pub fn delete(
    state: &State,
    world: &mut World,
    req: &Req,
    addr: &ResourceAddr,
) -> Result<Reply, ArmError> {
    let key = addr.key();
    let resolved = resolve(state, &addr.arm_type(), req.query.api_version(), || {
        stored_location(world, &key).unwrap_or_else(|| "westus2".into())
    })?;
    check_parent(world, addr, &resolved, "delete")?;
    observe_resource(world, &key, false);
    let Some(existing) = world.store.get(&key).cloned() else {
        if addr.is_resource_group() {
            return Err(ArmError::resource_group_not_found(addr.name()));
        }
        return Ok(Reply::empty(204));
    };
    if let Some(op) = existing
        .operation
        .as_ref()
        .and_then(|o| world.ops.running(o))
    {
        if op.kind != OpKind::Delete {
            return Err(ArmError::another_operation_in_progress(&op.monitor_url));
        }
        // A repeated DELETE while one is running answers with the running operation's monitor.
        let mut reply = Reply::empty(202);
        if let Some(r) = op.retry_after {
            reply = reply.header("Retry-After", r.to_string());
        }
        if op.mode != LroMode::ProvisioningState {
            let header = if op.mode == LroMode::AsyncOperation {
                "Azure-AsyncOperation"
            } else {
                "Location"
            };
            reply = reply.header(header, op.monitor_url.clone());
        }
        return Ok(reply);
    }
    let b = behaviour(state, &resolved, &OpKind::Delete, req);
    if b.mode == LroMode::Sync {
        if let Some(f) = &b.fail {
            return Err(f.error());
        }
        let body = existing.body.clone();
        remove(world, &key);
        return Ok(if resolved.profile.delete_returns_body {
            Reply::raw_json(200, body)
        } else {
            Reply::empty(200)
        });
    }
    let location = existing
        .json()
        .get("location")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let (op_id, started) =
        operations::start(world, req, &resolved, addr, OpKind::Delete, &b, &location);
    let (status_url, location_url) = (started.status_url, started.location_url);
    if let Some(r) = world.store.get_mut(&key) {
        r.operation = Some(op_id);
        let mut body = r.json();
        if body.pointer("/properties/provisioningState").is_some() {
            set_state(&mut body, resolved.profile.deleting_state);
            r.set_json(&body);
        }
    }
    let mut reply = Reply::empty(202);
    match b.mode {
        LroMode::AsyncOperation => {
            reply = reply
                .header("Azure-AsyncOperation", status_url)
                .header("Location", location_url);
        }
        LroMode::Location => reply = reply.header("Location", location_url),
        _ => {}
    }
    if let (true, Some(r)) = (b.mode != LroMode::ProvisioningState, b.retry_after) {
        reply = reply.header("Retry-After", r.to_string());
    }
    Ok(reply)
}

/// POST of an action on a resource.
pub fn action(
    state: &State,
    world: &mut World,
    req: &Req,
    addr: &ResourceAddr,
    action_name: &str,
) -> Result<Reply, ArmError> {
    let key = addr.key();
    let resolved = resolve(state, &addr.arm_type(), req.query.api_version(), || {
        "westus2".into()
    })?;
    check_parent(world, addr, &resolved, "action")?;
    observe_resource(world, &key, false);
    let body: Value = if req.body.is_empty() {
        Value::Null
    } else {
        parse_body(req.body)?
    };
    let Some(resource) = world.store.get_mut(&key) else {
        return Err(not_found(addr, &resolved));
    };
    match crate::actions::run(action_name, resource, &state.config.key_seed, &body) {
        Some(Ok(answer)) => Ok(Reply::json(200, &answer)),
        Some(Err(e)) => Err(e),
        None => Err(ArmError::new(
            404,
            "ActionNotFound",
            format!(
                "The action '{action_name}' is not supported on resource type '{}'.",
                resolved.arm_type
            ),
        )),
    }
}
