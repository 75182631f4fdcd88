//! AKS (`containerservice.azure.com`), as ASO customises it.
//!
//! - A managed cluster refuses changes while it, or one of its agent pools, is busy (creating,
//!   upgrading, scaling...): AKS answers a PUT then with `OperationNotAllowed`. ASO's
//!   `managed_cluster_extensions.go` checks the cluster's `provisioningState` before a PUT; its
//!   agent pools' states are in the cluster's own status (`agentPoolProfiles`), so the cluster
//!   waits for them too ([`ManagedCluster`]). An agent pool waits for its cluster, and for
//!   itself ([`AgentPool`]).
//! - The cluster exports its admin and user kubeconfigs (`operatorSpec.secrets.adminCredentials`
//!   / `userCredentials`) from ARM's `listClusterAdminCredential` / `listClusterUserCredential`
//!   actions, whose answer is `{"kubeconfigs": [{"name": ..., "value": <base64>}]}`; the
//!   Secret holds the kubeconfig itself, as ASO writes it. Only the actions of the kubeconfigs
//!   the spec asks for are called: a user credential is no reason to read the admin one.

use std::collections::{BTreeMap, BTreeSet};

use base64::Engine;
use futures::future::BoxFuture;
use serde_json::Value;

use aso_runtime::KindInfo;

use super::{Check, Extension};
use crate::arm::{ArmError, ScopedArm};

/// Provisioning states in which AKS accepts a change (lower case); every other state is an
/// operation in progress.
const SETTLED_STATES: &[&str] = &["succeeded", "failed", "canceled"];

/// Why a PUT must wait, given a `provisioningState` of `whose`.
fn busy(state: Option<&Value>, whose: &str) -> Option<String> {
    let state = state?.as_str()?;
    if SETTLED_STATES.contains(&state.to_ascii_lowercase().as_str()) {
        return None;
    }
    Some(format!(
        "{whose} is in provisioning state {state:?}, in which AKS refuses changes; waiting for it to finish"
    ))
}

/// The cluster's own state, then each of its agent pools' as the cluster's status lists them.
fn cluster_busy(status: Option<&Value>, whose: &str) -> Option<String> {
    let status = status?;
    busy(status.get("provisioningState"), whose).or_else(|| {
        status
            .get("agentPoolProfiles")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .find_map(|pool| {
                let name = pool.get("name").and_then(Value::as_str).unwrap_or("?");
                busy(
                    pool.get("provisioningState"),
                    &format!("agent pool {name:?} of {whose}"),
                )
            })
    })
}

/// The kubeconfig secrets and the action that gives each.
const CREDENTIALS: &[(&str, &str)] = &[
    ("adminCredentials", "listClusterAdminCredential"),
    ("userCredentials", "listClusterUserCredential"),
];

/// The first kubeconfig of a credential action's answer, decoded.
fn kubeconfig(answer: &Value) -> Option<String> {
    let encoded = answer
        .get("kubeconfigs")?
        .as_array()?
        .first()?
        .get("value")?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(encoded.as_str()?)
        .ok()?;
    String::from_utf8(bytes).ok()
}

pub struct ManagedCluster;

impl Extension for ManagedCluster {
    fn pre_reconcile(&self, check: Check<'_>) -> Option<String> {
        cluster_busy(check.status, "the cluster")
    }

    fn export<'a>(
        &'a self,
        azure: &'a ScopedArm<'a>,
        info: &'static KindInfo,
        id: &'a str,
        _status: &'a Value,
        wanted: &'a BTreeSet<String>,
    ) -> BoxFuture<'a, Result<BTreeMap<String, String>, ArmError>> {
        Box::pin(kubeconfigs(CREDENTIALS, azure, info, id, wanted))
    }
}

/// Fleets export their hub's kubeconfig (`userCredentials`) from `listCredentials`
/// (`FleetCredentialResults`, the same shape as a cluster's), as ASO's `fleet_extensions.go`.
pub struct Fleet;

impl Extension for Fleet {
    fn export<'a>(
        &'a self,
        azure: &'a ScopedArm<'a>,
        info: &'static KindInfo,
        id: &'a str,
        _status: &'a Value,
        wanted: &'a BTreeSet<String>,
    ) -> BoxFuture<'a, Result<BTreeMap<String, String>, ArmError>> {
        Box::pin(kubeconfigs(
            &[("userCredentials", "listCredentials")],
            azure,
            info,
            id,
            wanted,
        ))
    }
}

/// The kubeconfigs of `credentials` (secret, action) that are wanted, each from its action.
async fn kubeconfigs(
    credentials: &[(&str, &str)],
    azure: &ScopedArm<'_>,
    info: &'static KindInfo,
    id: &str,
    wanted: &BTreeSet<String>,
) -> Result<BTreeMap<String, String>, ArmError> {
    let mut values = BTreeMap::new();
    for (key, action) in credentials {
        if !wanted.contains(*key) {
            continue;
        }
        let answer = azure
            .post(&format!("{id}/{action}"), info.api_version, info.kind)
            .await?
            .json();
        if let Some(config) = kubeconfig(&answer) {
            values.insert(key.to_string(), config);
        }
    }
    Ok(values)
}

pub struct AgentPool;

impl Extension for AgentPool {
    fn pre_reconcile(&self, check: Check<'_>) -> Option<String> {
        busy(
            check.owner_status.and_then(|s| s.get("provisioningState")),
            "the owning cluster",
        )
        .or_else(|| {
            busy(
                check.status.and_then(|s| s.get("provisioningState")),
                "the agent pool",
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_cluster_waits_while_it_or_an_agent_pool_is_busy() {
        let check = |status: &Value| {
            ManagedCluster.pre_reconcile(Check {
                status: Some(status),
                owner_status: None,
            })
        };
        assert!(check(&json!({"provisioningState": "Succeeded"})).is_none());
        assert!(check(&json!({"provisioningState": "failed"})).is_none());
        assert!(check(&json!({})).is_none());
        let upgrading = check(&json!({"provisioningState": "Upgrading"})).unwrap();
        assert!(upgrading.contains("Upgrading"), "{upgrading}");
        let scaling = check(&json!({
            "provisioningState": "Succeeded",
            "agentPoolProfiles": [
                {"name": "system", "provisioningState": "Succeeded"},
                {"name": "user", "provisioningState": "Scaling"},
            ],
        }))
        .unwrap();
        assert!(
            scaling.contains("\"user\"") && scaling.contains("Scaling"),
            "{scaling}"
        );
    }

    #[test]
    fn an_agent_pool_waits_for_its_cluster_and_itself() {
        let ready = json!({"provisioningState": "Succeeded"});
        let updating = json!({"provisioningState": "Updating"});
        let check = |status, owner_status| {
            AgentPool.pre_reconcile(Check {
                status,
                owner_status,
            })
        };
        assert!(check(Some(&ready), Some(&ready)).is_none());
        assert!(check(None, None).is_none());
        assert!(
            check(Some(&ready), Some(&updating))
                .unwrap()
                .contains("owning cluster")
        );
        assert!(
            check(Some(&updating), Some(&ready))
                .unwrap()
                .contains("agent pool")
        );
    }

    #[test]
    fn the_kubeconfig_is_decoded_from_the_first_entry() {
        let encoded = base64::engine::general_purpose::STANDARD.encode("apiVersion: v1\n");
        let answer = json!({"kubeconfigs": [{"name": "clusterAdmin", "value": encoded}]});
        assert_eq!(kubeconfig(&answer).as_deref(), Some("apiVersion: v1\n"));
        assert_eq!(kubeconfig(&json!({"kubeconfigs": []})), None);
        assert_eq!(
            kubeconfig(&json!({"kubeconfigs": [{"value": "%%%"}]})),
            None
        );
    }
}
