//! Reconciling and deleting one database `User` with the reconciler's own parts: the fatal
//! mark and the memory of the last sync (`reconcile::memory`), the decision of whether to act
//! (`reconcile::decision::decide`, with the spec and its inputs as the "body"), the Ready
//! condition and status writes, the drift metric and event, the delete decision and the
//! finalizer. Only the work in between is the engine's: log into the server and bring it to
//! exactly the user the spec describes, or drop it.

use std::hash::{Hash, Hasher};
use std::sync::Arc;
use std::time::{Duration, Instant};

use k8s_openapi::apimachinery::pkg::apis::meta::v1::OwnerReference;
use kube::api::DynamicObject;

use aso_dbuser::{ConnectOptions, ErrorClass, Server, TokenProvider};
use aso_runtime::annotations::ReconcilePolicy;

use super::inputs;
use super::kinds::UserKind;
use super::owner::{self, Need, Target};
use super::tokens::{CredentialTokens, NoTokens};
use super::user::User;
use crate::context::{Context, ObjectKey};
use crate::controller::index::Dependency;
use crate::kinds::Kind;
use crate::reconcile::apply::{annotations_hash, drift_corrected};
use crate::reconcile::condition::ready_true;
use crate::reconcile::decision::{self, Decision, DeleteDecision, Observed, Recorded};
use crate::reconcile::delete::remove_finalizer;
use crate::reconcile::failure::{Failure, reason};
use crate::reconcile::memory::{FatalMark, Synced};
use crate::reconcile::metadata::{self, patch_until_current};
use crate::reconcile::prepare::credential;
use crate::reconcile::{Outcome, api_for, deadline_after, jittered, object, status};

/// An engine error as a failure: what only a change can fix (wrong admin password, permission
/// denied, invalid spec) waits for one, with no retries; the rest is retried with backoff. A
/// missing Secret waits like ARM kinds' (`SecretNotFound`, retried and re-triggered when it
/// appears).
pub fn failure(e: aso_dbuser::Error) -> Failure {
    let reason = e.class.reason();
    if e.class.waits_for_change() && e.class != ErrorClass::SecretNotFound {
        Failure::fatal(reason, e.message)
    } else {
        Failure::retry(reason, e.message)
    }
}

/// How the engine connects: the operator's extra CAs, and the address map (empty unless
/// `ASO_DATABASE_ADDRESS_MAP` is set; for tests).
fn connect_options(ctx: &Context) -> ConnectOptions {
    ConnectOptions {
        extra_ca_file: ctx.settings.ssl_cert_file.clone(),
        address_map: ctx.settings.database_address_map.clone(),
        ..ConnectOptions::default()
    }
}

/// Everything a login needs, worked out from the object and the cluster.
struct Prepared {
    user: User,
    server: Server,
    owner_reference: Option<OwnerReference>,
    inputs: aso_dbuser::MapInputs,
    /// Spec, inputs and server: a change to any of them is a change to apply.
    hash: u64,
}

async fn prepare(
    ctx: &Context,
    users: &UserKind,
    obj: &DynamicObject,
    need: Need,
    deps: &mut Vec<Dependency>,
) -> Result<Prepared, Failure> {
    let user = User::parse(users.server, obj)?;
    let Target {
        fqdn,
        database,
        owner_reference,
    } = owner::resolve(ctx, users.server, &user.owner()?, obj, need, deps).await?;
    let read = inputs::read(ctx, obj, &user, deps).await?;
    let tokens: Arc<dyn TokenProvider> = if user.logs_in_with_entra() {
        if !owner::entra_allowed(users.server, &fqdn) {
            return Err(Failure::fatal(
                reason::INVALID_OWNER,
                format!(
                    "the owner server's fullyQualifiedDomainName {fqdn:?} is not in Azure's database DNS zones; no Entra token is sent there"
                ),
            ));
        }
        Arc::new(CredentialTokens(credential(ctx, obj, deps).await?))
    } else {
        Arc::new(NoTokens)
    };
    let admin = user.admin(&read.inputs, tokens).map_err(failure)?;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    object::spec(obj).to_string().hash(&mut h);
    (read.hash, &fqdn, &database).hash(&mut h);
    Ok(Prepared {
        user,
        server: Server {
            kind: users.server,
            fqdn,
            database,
            admin,
            options: connect_options(ctx),
        },
        owner_reference,
        inputs: read.inputs,
        hash: h.finish(),
    })
}

pub async fn apply(
    ctx: &Context,
    key: &ObjectKey,
    kind: &Kind,
    users: &UserKind,
    obj: Arc<DynamicObject>,
    deps: &mut Vec<Dependency>,
) -> Result<Outcome, Failure> {
    let generation = object::generation(&obj);
    let annotations = annotations_hash(&obj);
    let memory = ctx.memory(key);
    if memory.fatal.as_ref() == Some(&FatalMark::of(&obj)) {
        // Failed for good with this spec and these inputs: wait for a change.
        return Ok(Outcome::idle("fatal"));
    }
    let now = Instant::now();
    if let Some(synced) = &memory.synced
        && synced.generation == generation
        && synced.annotations_hash == annotations
        && now < synced.next_check
    {
        deps.extend(synced.dependencies.iter().cloned());
        return Ok(Outcome::requeue(synced.next_check - now, "unchanged"));
    }
    let policy = object::policy(&obj);
    match &policy {
        Err(why) => {
            return Err(Failure::fatal(
                reason::INVALID_ANNOTATION,
                format!("{why}; nothing is sent to the database server until it is fixed"),
            ));
        }
        // The operator leaves the database user alone (and cannot tell how it is without
        // logging in, which skip rules out).
        Ok(ReconcilePolicy::Skip) => return Ok(Outcome::idle("skipped")),
        Ok(_) => {}
    }
    let prepared = prepare(ctx, users, &obj, Need::Ready, deps).await?;
    let observed = Observed {
        policy,
        generation,
        body_hash: prepared.hash,
        ready: object::is_ready(&obj),
        reconciled: object::reconciled_generation(&obj) == Some(generation),
        secret_inputs: !prepared.user.secret_references().is_empty(),
        operation: false,
        completed_put: false,
        synced: memory.synced.as_ref().map(|s| decision::Synced {
            generation: s.generation,
            body_hash: s.body_hash,
            due: now >= s.next_check,
        }),
        applied: None,
        verify_first: false,
    };
    // Compare: nothing changed on our side (a sync, or a restart), so whatever the engine
    // changes is drift someone made by hand.
    let drift_check = match decision::decide(&observed) {
        Decision::Refuse(why) => return Err(Failure::fatal(reason::INVALID_ANNOTATION, why)),
        Decision::ReadOnly => return Ok(Outcome::idle("skipped")),
        Decision::Unchanged => {
            let left = memory.synced.as_ref().map_or(Duration::ZERO, |s| {
                s.next_check.saturating_duration_since(Instant::now())
            });
            return Ok(Outcome::requeue(left, "unchanged"));
        }
        Decision::Compare => true,
        Decision::Put(_) | Decision::Poll | Decision::Read => false,
    };
    let obj = ensure_finalizer(ctx, kind, &obj, prepared.owner_reference.as_ref()).await?;
    let desired = prepared.user.desired(&prepared.inputs).map_err(failure)?;
    let report = aso_dbuser::reconcile(&desired, &prepared.server)
        .await
        .map_err(failure)?;
    if !report.changes.is_empty() {
        tracing::info!(kind = %kind.info.crd_name(), namespace = %key.namespace, name = %key.name, drift = drift_check, changes = %report.summary(), "database user changed");
        if drift_check {
            drift_corrected(ctx, kind.info, &obj).await;
        }
    }
    let api = api_for(ctx, kind, &key.namespace);
    status::write(
        &api,
        &obj,
        status::new_status(&obj, None, ready_true(generation)),
    )
    .await?;
    let synced = Synced {
        generation,
        annotations_hash: annotations_hash(&obj),
        body_hash: prepared.hash,
        dependencies: deps.to_vec(),
        next_check: deadline_after(ctx.settings.sync_period.map(jittered)),
    };
    ctx.update_memory(key, |m| {
        m.attempts = 0;
        m.fatal = None;
        m.synced = Some(synced);
    });
    Ok(Outcome::synced(ctx, "ready"))
}

pub async fn delete(
    ctx: &Context,
    key: &ObjectKey,
    kind: &Kind,
    users: &UserKind,
    obj: Arc<DynamicObject>,
) -> Result<Outcome, Failure> {
    if !object::has_finalizer(&obj) {
        return Ok(Outcome::idle("deleted"));
    }
    let described = object::describe("User", &obj);
    let decision = decision::decide_delete(
        &object::policy(&obj),
        &Recorded::Trusted(described.clone()),
        false,
        true,
    );
    match decision {
        DeleteDecision::Refuse { reason, message } => Err(Failure::fatal(reason, message)),
        DeleteDecision::Release(why) => {
            tracing::info!(namespace = %key.namespace, name = %key.name, %why, "released without dropping the database user");
            remove_finalizer(ctx, kind, &obj).await?;
            Ok(Outcome::idle("deleted"))
        }
        DeleteDecision::Delete(_) | DeleteDecision::Poll => {
            let user = User::parse(users.server, &obj)?;
            if owner::owner_object_gone(ctx, users.server, &user.owner()?, &key.namespace) {
                tracing::info!(namespace = %key.namespace, name = %key.name, "the owner is gone, and its server with it: nothing to drop");
                remove_finalizer(ctx, kind, &obj).await?;
                return Ok(Outcome::idle("deleted"));
            }
            let prepared = prepare(ctx, users, &obj, Need::Known, &mut Vec::new()).await?;
            let existed = aso_dbuser::delete(&prepared.user.key(), &prepared.server)
                .await
                .map_err(failure)?;
            tracing::info!(namespace = %key.namespace, name = %key.name, existed, "database user dropped");
            remove_finalizer(ctx, kind, &obj).await?;
            Ok(Outcome::idle("deleted"))
        }
    }
}

/// Adds the finalizer (and the owner reference) before the first login, so a user is never
/// created that the operator could forget to drop.
async fn ensure_finalizer(
    ctx: &Context,
    kind: &Kind,
    obj: &Arc<DynamicObject>,
    owner: Option<&OwnerReference>,
) -> Result<Arc<DynamicObject>, Failure> {
    let api = api_for(ctx, kind, object::namespace(obj));
    let written = patch_until_current(
        &api,
        (**obj).clone(),
        "recording the finalizer",
        |current| metadata::conditional_patch(current, metadata::ownership(current, owner)),
    )
    .await?;
    Ok(Arc::new(written))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrong_admin_password_waits_for_a_change_and_a_closed_port_retries() {
        let login = failure(aso_dbuser::Error::new(
            ErrorClass::LoginFailed,
            "password authentication failed for user \"azureadmin\"",
        ));
        assert!(matches!(login, Failure::Fatal { ref reason, .. } if reason == "LoginFailed"));
        let refused = failure(aso_dbuser::Error::new(ErrorClass::CannotConnect, "refused"));
        assert!(matches!(refused, Failure::Retry { ref reason, .. } if reason == "CannotConnect"));
        let missing = failure(aso_dbuser::Error::new(
            ErrorClass::SecretNotFound,
            "spec.localUser.password",
        ));
        assert_eq!(missing.label(), "waiting");
    }
}
