//! Key Vault: `createMode` has two values ASO adds to Azure's (`createOrRecover`,
//! `purgeThenCreate`) that decide, from whether a soft-deleted vault of the same name exists,
//! which of Azure's own modes (`recover`, `default`) is sent.

use std::time::Duration;

use serde_json::Value;

use aso_runtime::KindInfo;

use super::{Azure, AzureState};
use crate::arm::lro::{self, Operation, Progress};
use crate::drift::normalise_location;
use crate::reconcile::failure::Failure;

pub fn adjust_create_mode(body: &mut Value, state: AzureState) {
    let Some(mode) = body.pointer_mut("/properties/createMode") else {
        return;
    };
    let sent = match (mode.as_str(), state) {
        (Some("createOrRecover"), AzureState::DeletedVault(true)) => "recover",
        // With no soft-deleted vault (or after purging it), both goal-seeking modes create afresh.
        (Some("createOrRecover" | "purgeThenCreate"), _) => "default",
        _ => return,
    };
    *mode = Value::String(sent.to_string());
}

/// Looks up the soft-deleted vault of the same name and settles `createMode`: recovers it
/// (`createOrRecover`, only into the same resource group), purges it first
/// (`purgeThenCreate`), or creates afresh.
pub async fn resolve_create_mode(
    azure: &Azure<'_>,
    info: &KindInfo,
    id: &str,
    body: &mut Value,
) -> Result<(), Failure> {
    let mode = body
        .pointer("/properties/createMode")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    if !matches!(mode.as_str(), "createOrRecover" | "purgeThenCreate") {
        return Ok(());
    }
    let name = body.get("name").and_then(Value::as_str).unwrap_or("");
    let location = normalise_location(body.get("location").and_then(Value::as_str).unwrap_or(""));
    let deleted_url = format!(
        "/subscriptions/{}/providers/Microsoft.KeyVault/locations/{location}/deletedVaults/{name}",
        azure.subscription
    );
    let deleted = azure
        .get(
            &format!("{deleted_url}?api-version={}", info.api_version),
            info.kind,
        )
        .await?;
    let exists = deleted.is_some();
    if let (Some(deleted), "createOrRecover") = (&deleted, mode.as_str()) {
        let vault_id = deleted
            .pointer("/properties/vaultId")
            .and_then(Value::as_str)
            .unwrap_or("");
        let ours = aso_runtime::arm_id::parse(id)
            .ok()
            .and_then(|p| p.resource_group);
        let theirs = aso_runtime::arm_id::parse(vault_id)
            .ok()
            .and_then(|p| p.resource_group);
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
        purge(azure, info, &deleted_url).await?;
        adjust_create_mode(body, AzureState::DeletedVault(false));
    } else {
        adjust_create_mode(body, AzureState::DeletedVault(exists));
    }
    Ok(())
}

/// Purges a soft-deleted vault and waits for the purge to finish.
async fn purge(azure: &Azure<'_>, info: &KindInfo, deleted_url: &str) -> Result<(), Failure> {
    let response = azure
        .post(
            &format!("{deleted_url}/purge?api-version={}", info.api_version),
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
            id: deleted_url.to_string(),
            api_version: info.api_version.to_string(),
            poll: via,
            generation: 0,
        };
        let answer = azure
            .get_response(&lro::poll_url(&operation), info.kind)
            .await?;
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
            adjust_create_mode(&mut body, AzureState::Unknown);
            assert_eq!(body["properties"]["createMode"], "default");
        }
        let mut body = json!({"properties": {"createMode": "recover"}});
        adjust_create_mode(&mut body, AzureState::Unknown);
        assert_eq!(body["properties"]["createMode"], "recover");
    }

    #[test]
    fn create_or_recover_recovers_a_deleted_vault() {
        let mut body = json!({"properties": {"createMode": "createOrRecover"}});
        adjust_create_mode(&mut body, AzureState::DeletedVault(true));
        assert_eq!(body["properties"]["createMode"], "recover");
        let mut body = json!({"properties": {"createMode": "purgeThenCreate"}});
        adjust_create_mode(&mut body, AzureState::DeletedVault(false));
        assert_eq!(body["properties"]["createMode"], "default");
    }
}
