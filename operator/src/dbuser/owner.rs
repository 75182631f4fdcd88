//! Where a `User` logs in: its owner's server FQDN (`status.fullyQualifiedDomainName` of the
//! `FlexibleServer`, or of the Azure SQL `Server` above the `ServersDatabase`), the database
//! (Azure SQL: the owner database's Azure name), and the owner reference to set.
//!
//! Owners by name are read from the operator's caches and recorded as dependencies, so the user
//! is reconciled again when its owner changes. An Azure SQL owner by ARM ID (or a database
//! whose own owner is one) has its server read from ARM with the resource's credential, through
//! the same scoped client as ARM kinds (only that server's ID may be addressed).
//!
//! The FQDN comes from an owner's status, which others than the operator may be able to write:
//! it must name the server whose ARM ID the operator recorded for the owner, and an Entra token
//! is sent only under Azure's database DNS zones ([`entra_allowed`]).

use std::sync::Arc;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::OwnerReference;
use kube::api::DynamicObject;
use serde_json::Value;

use aso_dbuser::ServerKind;
use aso_runtime::arm_id;

use super::user::Owner;
use crate::arm::ScopedArm;
use crate::context::Context;
use crate::controller::index::Dependency;
use crate::reconcile::failure::{Failure, reason};
use crate::reconcile::object;
use crate::reconcile::prepare::credential;
use crate::reconcile::trust::{self, RecordedId};

/// Where to log in.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub fqdn: String,
    /// The database (Azure SQL: contained users live in it).
    pub database: Option<String>,
    /// The owner object (by name), for the user's ownerReference.
    pub owner_reference: Option<OwnerReference>,
}

/// How far the owner must be: Ready (to reconcile), or only known (to delete).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    Ready,
    Known,
}

pub async fn resolve(
    ctx: &Context,
    server: ServerKind,
    owner: &Owner,
    obj: &DynamicObject,
    need: Need,
    deps: &mut Vec<Dependency>,
) -> Result<Target, Failure> {
    let namespace = object::namespace(obj);
    match (server, owner) {
        (ServerKind::Postgres | ServerKind::MySql, Owner::Name(name)) => {
            let group = match server {
                ServerKind::Postgres => "dbforpostgresql.azure.com",
                _ => "dbformysql.azure.com",
            };
            let found = cached(ctx, group, "FlexibleServer", namespace, name, need, deps)?;
            Ok(Target {
                fqdn: fqdn_of(ctx, &found, "FlexibleServer", namespace, name)?,
                database: None,
                owner_reference: Some(owner_reference(&found)),
            })
        }
        (ServerKind::Sql, Owner::Name(name)) => {
            let database = cached(
                ctx,
                "sql.azure.com",
                "ServersDatabase",
                namespace,
                name,
                need,
                deps,
            )?;
            let spec = object::spec(&database);
            let database_name = spec
                .get("azureName")
                .and_then(Value::as_str)
                .filter(|n| !n.is_empty())
                .unwrap_or(name.as_str())
                .to_string();
            let owner = spec.get("owner");
            let fqdn = match (
                owner.and_then(|o| o.get("name")).and_then(Value::as_str),
                owner.and_then(|o| o.get("armId")).and_then(Value::as_str),
            ) {
                (Some(server_name), _) => {
                    let server = cached(
                        ctx,
                        "sql.azure.com",
                        "Server",
                        namespace,
                        server_name,
                        need,
                        deps,
                    )?;
                    fqdn_of(ctx, &server, "Server", namespace, server_name)?
                }
                (None, Some(server_id)) => sql_server_fqdn(ctx, obj, server_id, deps).await?,
                (None, None) => {
                    return Err(Failure::retry(
                        reason::WAITING_FOR_OWNER,
                        format!("ServersDatabase {namespace}/{name} names no owner server"),
                    ));
                }
            };
            Ok(Target {
                fqdn,
                database: Some(database_name),
                owner_reference: Some(owner_reference(&database)),
            })
        }
        (ServerKind::Sql, Owner::ArmId(id)) => {
            let parsed = arm_id::parse(id).map_err(|e| {
                Failure::fatal(reason::INVALID_OWNER, format!("spec.owner.armId: {e}"))
            })?;
            if !parsed
                .resource_type
                .eq_ignore_ascii_case("Microsoft.Sql/servers/databases")
            {
                return Err(Failure::fatal(
                    reason::INVALID_OWNER,
                    format!(
                        "spec.owner.armId: {id} is a {}; expected a Microsoft.Sql/servers/databases",
                        parsed.resource_type
                    ),
                ));
            }
            let server_id = id
                .trim_end_matches('/')
                .rsplitn(3, '/')
                .nth(2)
                .unwrap_or_default()
                .to_string();
            Ok(Target {
                fqdn: sql_server_fqdn(ctx, obj, &server_id, deps).await?,
                database: Some(parsed.name),
                owner_reference: None,
            })
        }
        (_, Owner::ArmId(_)) => Err(Failure::fatal(
            reason::INVALID_OWNER,
            "spec.owner: only a name is accepted for this kind",
        )),
    }
}

/// Whether the owner is given by name and that object no longer exists: the server went with
/// it (Kubernetes deletes a User with its owner), so there is nothing left to log into.
pub fn owner_object_gone(
    ctx: &Context,
    server: ServerKind,
    owner: &Owner,
    namespace: &str,
) -> bool {
    let Owner::Name(name) = owner else {
        return false;
    };
    let (group, kind) = match server {
        ServerKind::Postgres => ("dbforpostgresql.azure.com", "FlexibleServer"),
        ServerKind::MySql => ("dbformysql.azure.com", "FlexibleServer"),
        ServerKind::Sql => ("sql.azure.com", "ServersDatabase"),
    };
    ctx.kinds
        .find(group, kind)
        .is_none_or(|k| ctx.caches[k.index].get(namespace, name).is_none())
}

/// An owner object from the operator's caches, recorded as a dependency.
fn cached(
    ctx: &Context,
    group: &str,
    kind: &str,
    namespace: &str,
    name: &str,
    need: Need,
    deps: &mut Vec<Dependency>,
) -> Result<Arc<DynamicObject>, Failure> {
    deps.push(Dependency::Object {
        group: group.to_string(),
        kind: kind.to_string(),
        namespace: namespace.to_string(),
        name: name.to_string(),
    });
    let waiting = |m: String| Failure::retry(reason::WAITING_FOR_OWNER, m);
    let served = ctx.kinds.find(group, kind).ok_or_else(|| {
        waiting(format!("owner kind {kind}.{group} is not served by this operator (its CRD is not installed or not matched by --crd-pattern)"))
    })?;
    let found = ctx.caches[served.index].get(namespace, name).ok_or_else(|| {
        waiting(format!("Owner {kind} {namespace}/{name} cannot be found. Progress is blocked until the owner is created."))
    })?;
    if need == Need::Ready && !object::is_ready(&found) {
        return Err(waiting(format!(
            "Owner {kind} {namespace}/{name} is not Ready. Progress is blocked until the owner is Ready."
        )));
    }
    Ok(found)
}

/// The server's FQDN from its status, checked against the server's name in Azure: the ARM ID
/// the operator recorded (and signed) for it. Status can be written by others than the
/// operator; an FQDN naming another server (where the operator's Entra token or a user's
/// admin password would go) is refused.
fn fqdn_of(
    ctx: &Context,
    found: &DynamicObject,
    kind: &str,
    namespace: &str,
    name: &str,
) -> Result<String, Failure> {
    let waiting = |m: String| Failure::retry(reason::WAITING_FOR_OWNER, m);
    let fqdn = object::status(found)
        .and_then(|s| s.get("fullyQualifiedDomainName"))
        .and_then(Value::as_str)
        .filter(|f| !f.is_empty())
        .ok_or_else(|| {
            waiting(format!(
                "{kind} {namespace}/{name} has no status.fullyQualifiedDomainName yet"
            ))
        })?;
    let RecordedId::Signed(id) = trust::recorded_id(&ctx.signer, found) else {
        return Err(waiting(format!(
            "{kind} {namespace}/{name}: its ARM ID is not yet confirmed by this operator"
        )));
    };
    let azure_name = id.rsplit('/').next().unwrap_or_default();
    let host = fqdn.split('.').next().unwrap_or_default();
    if !host.eq_ignore_ascii_case(azure_name) {
        return Err(Failure::fatal(
            reason::INVALID_OWNER,
            format!(
                "{kind} {namespace}/{name}: status.fullyQualifiedDomainName {fqdn:?} does not name its server {azure_name:?}; nothing is sent there"
            ),
        ));
    }
    Ok(fqdn.to_string())
}

fn owner_reference(owner: &DynamicObject) -> OwnerReference {
    let types = owner.types.as_ref();
    OwnerReference {
        api_version: types.map(|t| t.api_version.clone()).unwrap_or_default(),
        kind: types.map(|t| t.kind.clone()).unwrap_or_default(),
        name: object::name(owner).to_string(),
        uid: owner.metadata.uid.clone().unwrap_or_default(),
        controller: None,
        block_owner_deletion: None,
    }
}

/// The FQDN of the Azure SQL server `server_id`, read from ARM with the object's credential.
async fn sql_server_fqdn(
    ctx: &Context,
    obj: &DynamicObject,
    server_id: &str,
    deps: &mut Vec<Dependency>,
) -> Result<String, Failure> {
    let parsed = arm_id::parse(server_id)
        .map_err(|e| Failure::fatal(reason::INVALID_OWNER, format!("the owner's server: {e}")))?;
    if !parsed
        .resource_type
        .eq_ignore_ascii_case("Microsoft.Sql/servers")
    {
        return Err(Failure::fatal(
            reason::INVALID_OWNER,
            format!("{server_id} is not a Microsoft.Sql/servers"),
        ));
    }
    let credential = credential(ctx, obj, deps).await?;
    if !parsed
        .subscription
        .as_deref()
        .is_some_and(|s| s.eq_ignore_ascii_case(&credential.subscription))
    {
        return Err(Failure::fatal(
            reason::SUBSCRIPTION_MISMATCH,
            format!(
                "{server_id} is not in the credential's subscription {}",
                credential.subscription
            ),
        ));
    }
    let azure = ScopedArm::new(
        &ctx.arm,
        credential.as_ref(),
        &credential.subscription,
        &ctx.catalog,
        [server_id.to_string()],
    );
    let api_version = azure
        .api_version_of("Microsoft.Sql/servers")
        .ok_or_else(|| {
            Failure::fatal(
                reason::INVALID_OWNER,
                "this build has no Microsoft.Sql/servers kind",
            )
        })?;
    let server = azure
        .get(server_id, api_version, "Server")
        .await?
        .ok_or_else(|| {
            Failure::retry(
                reason::WAITING_FOR_OWNER,
                format!("{server_id} does not exist in Azure"),
            )
        })?;
    server
        .pointer("/properties/fullyQualifiedDomainName")
        .and_then(Value::as_str)
        .filter(|f| !f.is_empty())
        .map(str::to_string)
        .ok_or_else(|| {
            Failure::retry(
                reason::WAITING_FOR_OWNER,
                format!("{server_id} has no fullyQualifiedDomainName yet"),
            )
        })
}

/// Azure's DNS zones of each server kind (public cloud, China, US Government): the only places
/// an Entra token for a database audience is sent.
const ZONES: &[(ServerKind, &str)] = &[
    (ServerKind::Postgres, ".postgres.database.azure.com"),
    (ServerKind::Postgres, ".postgres.database.chinacloudapi.cn"),
    (ServerKind::Postgres, ".postgres.database.usgovcloudapi.net"),
    (ServerKind::MySql, ".mysql.database.azure.com"),
    (ServerKind::MySql, ".mysql.database.chinacloudapi.cn"),
    (ServerKind::MySql, ".mysql.database.usgovcloudapi.net"),
    (ServerKind::Sql, ".database.windows.net"),
    (ServerKind::Sql, ".database.chinacloudapi.cn"),
    (ServerKind::Sql, ".database.usgovcloudapi.net"),
];

/// Whether an Entra token may be sent to `fqdn`: a single host name under one of Azure's
/// database zones for this kind of server.
pub fn entra_allowed(server: ServerKind, fqdn: &str) -> bool {
    let fqdn = fqdn.to_ascii_lowercase();
    ZONES.iter().any(|(kind, zone)| {
        *kind == server
            && fqdn.strip_suffix(zone).is_some_and(|host| {
                !host.is_empty() && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entra_tokens_go_only_to_azures_database_zones() {
        assert!(entra_allowed(
            ServerKind::Postgres,
            "pg1.postgres.database.azure.com"
        ));
        assert!(entra_allowed(
            ServerKind::MySql,
            "My-Server.mysql.database.azure.com"
        ));
        assert!(entra_allowed(ServerKind::Sql, "s.database.windows.net"));
        for (kind, fqdn) in [
            (ServerKind::Postgres, "evil.example"),
            (ServerKind::Postgres, "pg.mysql.database.azure.com"),
            (ServerKind::Postgres, ".postgres.database.azure.com"),
            (ServerKind::Postgres, "a.b.postgres.database.azure.com"),
            (
                ServerKind::Postgres,
                "x.postgres.database.azure.com.evil.example",
            ),
            (ServerKind::Sql, "127.0.0.1"),
            (ServerKind::Sql, "x@evil.example/.database.windows.net"),
        ] {
            assert!(!entra_allowed(kind, fqdn), "{fqdn}");
        }
    }
}
