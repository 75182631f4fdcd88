//! Key Vault: `createMode` has two values ASO adds to Azure's (`createOrRecover`,
//! `purgeThenCreate`) that decide, from whether a soft-deleted vault of the same name exists,
//! which of Azure's own modes (`recover`, `default`) is sent.

use std::time::Duration;

use futures::future::BoxFuture;
use serde_json::Value;

use aso_runtime::{arm_id, location};

use super::{Extension, Put};
use crate::arm::ScopedArm;
use crate::arm::lro::{self, Operation, Progress};
use crate::reconcile::failure::Failure;

pub struct Vault;

impl Extension for Vault {
    fn plan_body(&self, body: &mut Value) {
        adjust_create_mode(body, None);
    }

    fn modify_body<'a>(
        &'a self,
        put: &'a Put<'a>,
        body: &'a mut Value,
    ) -> BoxFuture<'a, Result<(), Failure>> {
        Box::pin(resolve_create_mode(put, body))
    }
}

/// Settles a goal-seeking `createMode` given whether a soft-deleted vault of the same name
/// exists (`None`: not known, as offline: assume it does not).
pub fn adjust_create_mode(body: &mut Value, deleted_vault: Option<bool>) {
    let Some(mode) = body.pointer_mut("/properties/createMode") else {
        return;
    };
    let sent = match (mode.as_str(), deleted_vault) {
        (Some("createOrRecover"), Some(true)) => "recover",
        // With no soft-deleted vault (or after purging it), both goal-seeking modes create afresh.
        (Some("createOrRecover" | "purgeThenCreate"), _) => "default",
        _ => return,
    };
    *mode = Value::String(sent.to_string());
}

/// Looks up the soft-deleted vault of the same name and settles `createMode`: recovers it
/// (`createOrRecover`, only into the same resource group), purges it first
/// (`purgeThenCreate`), or creates afresh.
async fn resolve_create_mode(put: &Put<'_>, body: &mut Value) -> Result<(), Failure> {
    let mode = body
        .pointer("/properties/createMode")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    if !matches!(mode.as_str(), "createOrRecover" | "purgeThenCreate") {
        return Ok(());
    }
    let info = put.info;
    // The name and location were checked with the rest of the object; both become one segment.
    let name = arm_id::parse(put.id).map(|p| p.name).unwrap_or_default();
    let location = location::normalise(body.get("location").and_then(Value::as_str).unwrap_or(""));
    let deleted_path = arm_id::join(
        "",
        &[
            "subscriptions",
            put.azure.subscription(),
            "providers",
            "Microsoft.KeyVault",
            "locations",
            &location,
            "deletedVaults",
            &name,
        ],
    );
    // The soft-deleted twin of this vault lives outside its ARM ID: this read, and the purge
    // below, are the only requests a vault makes there.
    let azure = put.azure.widened(deleted_path.clone());
    let deleted = azure
        .get(&deleted_path, info.api_version, info.kind)
        .await?;
    let exists = deleted.is_some();
    if let (Some(deleted), "createOrRecover") = (&deleted, mode.as_str()) {
        let vault_id = deleted
            .pointer("/properties/vaultId")
            .and_then(Value::as_str)
            .unwrap_or("");
        let ours = arm_id::parse(put.id).ok().and_then(|p| p.resource_group);
        let theirs = arm_id::parse(vault_id).ok().and_then(|p| p.resource_group);
        if let (Some(ours), Some(theirs)) = (ours, theirs)
            && !ours.eq_ignore_ascii_case(&theirs)
        {
            return Err(Failure::fatal(
                "VaultRecoveryFailed",
                format!(
                    "a soft-deleted Key Vault named {name:?} exists in resource group {theirs:?}; createOrRecover can only recover it into that resource group, not {ours:?}"
                ),
            ));
        }
    }
    if exists && mode == "purgeThenCreate" {
        purge(&azure, put, &deleted_path).await?;
        adjust_create_mode(body, Some(false));
    } else {
        adjust_create_mode(body, Some(exists));
    }
    Ok(())
}

/// Purges a soft-deleted vault and waits for the purge to finish.
async fn purge(azure: &ScopedArm<'_>, put: &Put<'_>, deleted_path: &str) -> Result<(), Failure> {
    let info = put.info;
    let response = azure
        .post(
            &format!("{deleted_path}/purge"),
            info.api_version,
            info.kind,
        )
        .await?;
    let mut progress = lro::start("POST", &response)?;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(600);
    while let Progress::Running { via, retry_after } = progress {
        if tokio::time::Instant::now() > deadline {
            return Err(Failure::retry(
                "PurgeInProgress",
                "purging the soft-deleted Key Vault is taking long; will check again",
            ));
        }
        tokio::time::sleep(
            retry_after
                .unwrap_or(Duration::from_secs(5))
                .min(Duration::from_secs(30)),
        )
        .await;
        let operation = Operation {
            method: "POST".into(),
            id: deleted_path.to_string(),
            api_version: info.api_version.to_string(),
            poll: via,
            generation: 0,
        };
        let answer = azure.poll(&operation, info.kind).await?;
        progress = lro::step(&operation, &answer)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn goal_seeking_modes_create_when_nothing_is_known() {
        for mode in ["createOrRecover", "purgeThenCreate"] {
            let mut body = json!({"properties": {"createMode": mode}});
            adjust_create_mode(&mut body, None);
            assert_eq!(body["properties"]["createMode"], "default");
        }
        let mut body = json!({"properties": {"createMode": "recover"}});
        adjust_create_mode(&mut body, None);
        assert_eq!(body["properties"]["createMode"], "recover");
    }

    #[test]
    fn create_or_recover_recovers_a_deleted_vault() {
        let mut body = json!({"properties": {"createMode": "createOrRecover"}});
        adjust_create_mode(&mut body, Some(true));
        assert_eq!(body["properties"]["createMode"], "recover");
        let mut body = json!({"properties": {"createMode": "purgeThenCreate"}});
        adjust_create_mode(&mut body, Some(false));
        assert_eq!(body["properties"]["createMode"], "default");
    }
}
