//! Resources: PUT, PATCH, GET, HEAD and DELETE on any resource ID, collection GETs with paging,
//! POST actions, and the status monitors of long-running operations.
//!
//! Each request is checked as ARM checks it, in ARM's order: api-version, resource type, parent
//! (`ResourceGroupNotFound` / `ParentResourceNotFound`), name, body against the kind's schema,
//! create-only properties, operations in flight; then it takes effect and is answered in the shape
//! the type's profile (or the test's settings) asks for.

use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use serde_json::{Map, Value, json};

use crate::catalog::{TypeEntry, VersionEntry};
use crate::computed;
use crate::config::UnknownTypes;
use crate::entra::token::{Caller, SubjectKind};
use crate::error::ArmError;
use crate::keyvault;
use crate::lro::{Behaviour, Failure, LroMode, LroSettings, OpKind, Operation, Outcome, Progress};
use crate::path::{CollectionAddr, ResourceAddr};
use crate::profile::{MonitorStyle, NotFound, ParentNotFound, Profile, profile};
use crate::reply::Reply;
use crate::state::{State, World};
use crate::store::Resource;
use crate::validate::{self, normalize, same_value};

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
/// type (unless unknown types are accepted), and an unsupported version.
pub fn resolve<'a>(
    state: &'a State,
    arm_type: &str,
    api_version: Option<&str>,
    location: &str,
) -> Result<Resolved<'a>, ArmError> {
    let api_version = api_version.ok_or_else(ArmError::missing_api_version)?;
    let (namespace, short) = arm_type.split_once('/').unwrap_or((arm_type, ""));
    match state.catalog.get(arm_type) {
        Some(entry) => {
            let version = entry.version(api_version).ok_or_else(|| {
                ArmError::no_registered_provider(
                    location,
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
        polls: s.polls.unwrap_or(1),
        min_duration: Duration::from_millis(s.min_duration_ms.unwrap_or(0)),
        retry_after,
        relative_location: req.relative_location || s.relative_location.unwrap_or(false),
        fail: req.fail_operation.clone().or(s.fail),
    }
}

fn is_extension(addr: &ResourceAddr, resolved: &Resolved) -> bool {
    addr.scope_is_resource
        || resolved
            .entry
            .is_some_and(|e| e.scope == aso_runtime::Scope::Extension)
}

/// The 404 for a missing resource, in the type's wording.
fn not_found(addr: &ResourceAddr, resolved: &Resolved) -> ArmError {
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
fn check_parent(
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
fn rg_being_deleted(world: &World, addr: &ResourceAddr) -> bool {
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
        .and_then(|op| world.ops.get(op))
        .is_some_and(|op| op.kind == OpKind::Delete && op.outcome.is_none())
}

fn check_name(addr: &ResourceAddr, resolved: &Resolved) -> Result<(), ArmError> {
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

fn parse_body(body: &[u8]) -> Result<Value, ArmError> {
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

fn set_state(body: &mut Value, state: &str) {
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

/// Where an operation's monitor lives (absolute or relative).
#[allow(clippy::too_many_arguments)]
fn monitor_url(
    req: &Req,
    style: MonitorStyle,
    addr: &ResourceAddr,
    location: &str,
    op: &str,
    status_resource: bool,
    relative: bool,
    api_version: &str,
) -> String {
    let base = if relative { "" } else { req.base_url };
    let loc = if location.is_empty() {
        "global".to_string()
    } else {
        normalize(location)
    };
    let ns = &addr.namespace;
    let kind = if status_resource {
        "operationStatuses"
    } else {
        "operationResults"
    };
    match (&addr.subscription, style) {
        (None, _) => format!("{base}/providers/{ns}/{kind}/{op}?api-version={api_version}"),
        (Some(s), _) if status_resource => {
            format!(
                "{base}/subscriptions/{s}/providers/{ns}/locations/{loc}/operationStatuses/{op}?api-version={api_version}"
            )
        }
        (Some(s), MonitorStyle::Provider) => {
            format!(
                "{base}/subscriptions/{s}/providers/{ns}/locations/{loc}/{kind}/{op}?api-version={api_version}"
            )
        }
        (Some(s), MonitorStyle::StorageAsyncOperations) => {
            format!(
                "{base}/subscriptions/{s}/providers/{ns}/locations/{loc}/asyncoperations/{op}?monitor=true&api-version={api_version}"
            )
        }
        (Some(s), MonitorStyle::ResourceGroupJob) => {
            format!("{base}/subscriptions/{s}/operationresults/{op}?api-version={api_version}")
        }
        (Some(s), MonitorStyle::ServiceBusOperationStatus) => format!(
            "{base}/subscriptions/{s}/resourcegroups/{}/providers/{ns}/locations/{loc}/operationStatus/{op}?api-version={api_version}&resourceType=Namespace",
            addr.resource_group.as_deref().unwrap_or("")
        ),
    }
}

/// An operation ID in the provider's style.
fn operation_id(style: MonitorStyle, addr: &ResourceAddr, location: &str) -> String {
    match style {
        MonitorStyle::ResourceGroupJob => {
            use base64::Engine;
            let job = json!({
                "jobId": format!("RESOURCEGROUPDELETIONJOB-{}-{}", addr.name().to_ascii_uppercase(), uuid::Uuid::new_v4().simple()),
                "jobLocation": normalize(location),
            });
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(job.to_string())
        }
        _ => uuid::Uuid::new_v4().to_string(),
    }
}

/// Applies the effect of an operation that just ended.
pub fn complete(world: &mut World, op_id: &str) {
    let Some(op) = world.ops.get(op_id).cloned() else {
        return;
    };
    let Some(outcome) = op.outcome.clone() else {
        return;
    };
    match (&op.kind, &outcome) {
        (OpKind::Delete, Outcome::Succeeded) => remove(world, &op.resource_key),
        (OpKind::Action, _) => {}
        (_, outcome) => {
            let Some(r) = world.store.get_mut(&op.resource_key) else {
                return;
            };
            if r.operation.as_deref() != Some(op_id) {
                return;
            }
            r.operation = None;
            let mut body = r.json();
            let final_state = if matches!(outcome, Outcome::Succeeded) {
                "Succeeded"
            } else {
                "Failed"
            };
            if body.pointer("/properties/provisioningState").is_some() {
                set_state(&mut body, final_state);
            }
            r.set_json(&body);
        }
    }
}

/// Removes a resource and everything under it, soft-deleting vaults.
fn remove(world: &mut World, key: &str) {
    let removed = world.store.remove_tree(key);
    for vault in keyvault::soft_deleted(&removed) {
        world
            .deleted_vaults
            .insert(keyvault::key(&vault.subscription, &vault.name), vault);
    }
    world.forget_removed();
}

/// Looks at the operation in flight on a resource (`counts`: a GET of the resource).
fn observe_resource(world: &mut World, key: &str, counts: bool) {
    let Some(op_id) = world.store.get(key).and_then(|r| r.operation.clone()) else {
        return;
    };
    let now = Instant::now();
    // Only the client's way of following the operation counts as a poll: its monitor, or the
    // resource itself when there is no monitor (provisioning-state mode).
    let progress = match world.ops.get_mut(&op_id) {
        Some(op) if counts && op.mode == LroMode::ProvisioningState => op.observe(now),
        Some(op) => op.settle(now),
        None => return,
    };
    if matches!(progress, Progress::JustEnded(_) | Progress::Ended(_)) {
        complete(world, &op_id);
    }
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
    let location_hint = request
        .get("location")
        .and_then(Value::as_str)
        .unwrap_or("westus2")
        .to_string();
    let resolved = resolve(
        state,
        &addr.arm_type(),
        req.query.api_version(),
        &location_hint,
    )?;
    check_parent(world, addr, &resolved, "write")?;
    if rg_being_deleted(world, addr) {
        return Err(ArmError::resource_group_being_deleted(
            addr.resource_group.as_deref().unwrap_or_default(),
        ));
    }
    observe_resource(world, &key, false);
    if let Some(existing) = world.store.get(&key)
        && let Some(op) = existing.operation.as_ref().and_then(|o| world.ops.get(o))
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
        let op_id = operation_id(resolved.profile.monitor, addr, &location);
        let status_resource = b.mode == LroMode::AsyncOperation;
        let url = monitor_url(
            req,
            resolved.profile.monitor,
            addr,
            &location,
            &op_id,
            status_resource,
            b.relative_location,
            &api_version,
        );
        world.ops.insert(Operation {
            id: op_id.clone(),
            kind: kind.clone(),
            mode: b.mode,
            resource_key: key.clone(),
            arm_type: resolved.arm_type.clone(),
            polls_left: b.polls,
            not_before: Instant::now() + b.min_duration,
            started: crate::now_rfc3339(),
            ended: None,
            outcome: None,
            fail: b.fail.clone(),
            retry_after: b.retry_after,
            monitor_url: url.clone(),
            delete_done_status: resolved.profile.delete_done_status,
            final_body: None,
        });
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

/// GET of a resource.
pub fn get(
    state: &State,
    world: &mut World,
    req: &Req,
    addr: &ResourceAddr,
    head: bool,
) -> Result<Reply, ArmError> {
    let key = addr.key();
    let location = world.store.get(&key).and_then(|r| {
        r.json()
            .get("location")
            .and_then(Value::as_str)
            .map(str::to_string)
    });
    let resolved = resolve(
        state,
        &addr.arm_type(),
        req.query.api_version(),
        location.as_deref().unwrap_or("westus2"),
    )?;
    check_parent(world, addr, &resolved, "read")?;
    observe_resource(world, &key, true);
    match world.store.get(&key) {
        Some(_) if head => Ok(Reply::empty(204)),
        Some(r) => Ok(Reply::raw_json(200, r.body.clone())),
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
    let location = world.store.get(&key).and_then(|r| {
        r.json()
            .get("location")
            .and_then(Value::as_str)
            .map(str::to_string)
    });
    let resolved = resolve(
        state,
        &addr.arm_type(),
        req.query.api_version(),
        location.as_deref().unwrap_or("westus2"),
    )?;
    check_parent(world, addr, &resolved, "delete")?;
    observe_resource(world, &key, false);
    let Some(existing) = world.store.get(&key).cloned() else {
        if addr.is_resource_group() {
            return Err(ArmError::resource_group_not_found(addr.name()));
        }
        return Ok(Reply::empty(204));
    };
    if let Some(op) = existing.operation.as_ref().and_then(|o| world.ops.get(o)) {
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
    let api_version = req.query.api_version().unwrap_or_default().to_string();
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
    let location = location.unwrap_or_default();
    let op_id = operation_id(resolved.profile.monitor, addr, &location);
    let location_url = monitor_url(
        req,
        resolved.profile.monitor,
        addr,
        &location,
        &op_id,
        false,
        b.relative_location,
        &api_version,
    );
    let status_url = monitor_url(
        req,
        resolved.profile.monitor,
        addr,
        &location,
        &op_id,
        true,
        b.relative_location,
        &api_version,
    );
    let monitor = if b.mode == LroMode::AsyncOperation {
        status_url.clone()
    } else {
        location_url.clone()
    };
    world.ops.insert(Operation {
        id: op_id.clone(),
        kind: OpKind::Delete,
        mode: b.mode,
        resource_key: key.clone(),
        arm_type: resolved.arm_type.clone(),
        polls_left: b.polls,
        not_before: Instant::now() + b.min_duration,
        started: crate::now_rfc3339(),
        ended: None,
        outcome: None,
        fail: b.fail.clone(),
        retry_after: b.retry_after,
        monitor_url: monitor,
        delete_done_status: resolved.profile.delete_done_status,
        final_body: None,
    });
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

/// GET of an operation's monitor.
pub fn monitor(world: &mut World, op_id: &str, status_resource: bool) -> Result<Reply, ArmError> {
    let now = Instant::now();
    let progress = match world.ops.get_mut(op_id) {
        Some(op) => op.observe(now),
        None => {
            return Err(ArmError::new(
                404,
                "NotFound",
                format!("The operation '{op_id}' was not found."),
            ));
        }
    };
    if matches!(progress, Progress::JustEnded(_)) {
        complete(world, op_id);
    }
    let op = world.ops.get(op_id).cloned().expect("present above");
    let outcome = match progress {
        Progress::InProgress => None,
        Progress::JustEnded(o) | Progress::Ended(o) => Some(o),
    };
    if status_resource {
        let mut body = json!({"id": op.monitor_url.split('?').next().unwrap_or(""), "name": op.id, "startTime": op.started});
        body["status"] = json!(match &outcome {
            None => "InProgress",
            Some(Outcome::Succeeded) => "Succeeded",
            Some(Outcome::Failed(_)) => "Failed",
        });
        if let Some(end) = &op.ended {
            body["endTime"] = json!(end);
        }
        if let Some(Outcome::Failed(e)) = &outcome {
            body["error"] = json!({"code": e.code, "message": e.message});
        }
        let mut reply = Reply::json(200, &body);
        if let (None, Some(r)) = (&outcome, op.retry_after) {
            reply = reply.header("Retry-After", r.to_string());
        }
        return Ok(reply);
    }
    match outcome {
        None => {
            let mut reply = Reply::empty(202).header("Location", op.monitor_url.clone());
            if let Some(r) = op.retry_after {
                reply = reply.header("Retry-After", r.to_string());
            }
            Ok(reply)
        }
        Some(Outcome::Failed(e)) => Err(e),
        Some(Outcome::Succeeded) => Ok(match op.kind {
            OpKind::Delete if op.delete_done_status == 204 => Reply::empty(204),
            OpKind::Delete => Reply::empty(200),
            OpKind::Action => match &op.final_body {
                Some(b) => Reply::raw_json(200, b.clone()),
                None => Reply::empty(200),
            },
            OpKind::Create | OpKind::Update => match world.store.get(&op.resource_key) {
                Some(r) => Reply::raw_json(200, r.body.clone()),
                None => Reply::empty(204),
            },
        }),
    }
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
    let resolved = resolve(state, &addr.arm_type(), req.query.api_version(), "westus2")?;
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

/// Paging of a collection: `$top` items from `$skiptoken`, and the link to the next page.
pub fn page(req: &Req, items: Vec<Value>, page_size: usize) -> Reply {
    let top = req
        .query
        .get("$top")
        .and_then(|t| t.parse::<usize>().ok())
        .filter(|t| *t > 0)
        .unwrap_or(page_size);
    let skip = req
        .query
        .get("$skiptoken")
        .and_then(|t| t.parse::<usize>().ok())
        .unwrap_or(0);
    let total = items.len();
    let value: Vec<Value> = items.into_iter().skip(skip).take(top).collect();
    let mut body = json!({"value": value});
    if skip + top < total {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in &req.query.0 {
            if !k.eq_ignore_ascii_case("$skiptoken") {
                query.append_pair(k, v);
            }
        }
        query.append_pair("$skiptoken", &(skip + top).to_string());
        body["nextLink"] = json!(format!("{}{}?{}", req.base_url, req.path, query.finish()));
    }
    Reply::json(200, &body)
}

/// GET of a collection of one type under a resource group, subscription or parent.
pub fn list(
    state: &State,
    world: &mut World,
    req: &Req,
    coll: &CollectionAddr,
) -> Result<Reply, ArmError> {
    let arm_type = coll.arm_type();
    let resolved = resolve(state, &arm_type, req.query.api_version(), "westus2")?;
    // What the collection is listed under must exist.
    if let Some(parent) = &coll.parent {
        if !world.store.contains(&parent.key()) {
            return Err(ArmError::parent_not_found(
                "read",
                &parent.short_type(),
                &parent.id,
            ));
        }
    } else if let (Some(sub), Some(rg)) = (&coll.subscription, &coll.resource_group) {
        let rg_key = format!("/subscriptions/{sub}/resourcegroups/{rg}").to_ascii_lowercase();
        if coll.under.eq_ignore_ascii_case(&rg_key) && !world.store.contains(&rg_key) {
            return Err(ArmError::resource_group_not_found(rg));
        }
    }
    let under = coll.under.to_ascii_lowercase();
    let extension = resolved
        .entry
        .is_some_and(|e| e.scope == aso_runtime::Scope::Extension);
    let depth = coll.types.len();
    let items: Vec<Value> = world
        .store
        .with_prefix(&format!("{under}/"))
        .filter(|r| r.arm_type.eq_ignore_ascii_case(&resolved.arm_type))
        .filter(|r| {
            if extension || coll.parent.is_some() {
                return true;
            }
            // Top-level types listed under a subscription or resource group: not nested, not an
            // extension of something else.
            crate::path::parse("GET", &r.id)
                .ok()
                .and_then(|route| match route {
                    crate::path::Route::Resource(a) => {
                        Some(a.types.len() == depth && !a.scope_is_resource)
                    }
                    _ => None,
                })
                .unwrap_or(false)
        })
        .map(Resource::json)
        .collect();
    Ok(page(req, items, state.config.page_size))
}

/// `GET /subscriptions/{s}/resourcegroups`.
pub fn list_resource_groups(
    state: &State,
    world: &World,
    req: &Req,
    sub: &str,
) -> Result<Reply, ArmError> {
    req.query
        .api_version()
        .ok_or_else(ArmError::missing_api_version)?;
    let prefix = format!("/subscriptions/{sub}/resourcegroups/").to_ascii_lowercase();
    let items: Vec<Value> = world
        .store
        .with_prefix(&prefix)
        .filter(|r| {
            r.arm_type
                .eq_ignore_ascii_case(crate::catalog::RESOURCE_GROUP_TYPE)
        })
        .map(Resource::json)
        .collect();
    Ok(page(req, items, state.config.page_size))
}

/// `GET /subscriptions/{s}[/resourceGroups/{rg}]/resources`: top-level resources in generic
/// shape, optionally `$filter=resourceType eq '...'`.
pub fn list_generic(
    state: &State,
    world: &World,
    req: &Req,
    sub: &str,
    rg: Option<&str>,
) -> Result<Reply, ArmError> {
    req.query
        .api_version()
        .ok_or_else(ArmError::missing_api_version)?;
    if let Some(rg) = rg
        && !world
            .store
            .contains(&format!("/subscriptions/{sub}/resourcegroups/{rg}").to_ascii_lowercase())
    {
        return Err(ArmError::resource_group_not_found(rg));
    }
    let type_filter = req.query.get("$filter").and_then(|f| {
        let f = f.trim();
        let rest = f
            .strip_prefix("resourceType eq ")
            .or_else(|| f.strip_prefix("resourceType eq"))?;
        Some(rest.trim().trim_matches('\'').to_string())
    });
    let prefix = match rg {
        Some(rg) => format!("/subscriptions/{sub}/resourcegroups/{rg}/providers/"),
        None => format!("/subscriptions/{sub}/"),
    }
    .to_ascii_lowercase();
    let items: Vec<Value> = world
        .store
        .with_prefix(&prefix)
        .filter(|r| !r.arm_type.eq_ignore_ascii_case(crate::catalog::RESOURCE_GROUP_TYPE))
        .filter(|r| type_filter.as_deref().is_none_or(|t| r.arm_type.eq_ignore_ascii_case(t)))
        .filter(|r| {
            matches!(crate::path::parse("GET", &r.id), Ok(crate::path::Route::Resource(a)) if !a.is_nested() && !a.scope_is_resource)
        })
        .map(|r| {
            let b = r.json();
            let mut g = json!({"id": b["id"], "name": b["name"], "type": b["type"]});
            for k in ["location", "tags", "kind", "sku", "identity", "managedBy"] {
                if let Some(v) = b.get(k) {
                    g[k] = v.clone();
                }
            }
            g
        })
        .collect();
    Ok(page(req, items, state.config.page_size))
}
