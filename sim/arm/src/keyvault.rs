//! Key Vault soft delete, as the recordings show it: a deleted vault (deleted directly or with its
//! resource group) moves to `deletedVaults`, where it can be read, listed, purged, or recovered by
//! a PUT with `createMode: recover` into the same resource group. Creating a vault whose name is
//! held by a deleted vault without `recover` is a conflict.

use serde_json::{Value, json};

use crate::error::ArmError;
use crate::store::Resource;
use crate::validate::normalize;

const VAULT_TYPE: &str = "microsoft.keyvault/vaults";

/// A soft-deleted vault.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletedVault {
    pub subscription: String,
    pub name: String,
    pub vault_id: String,
    pub location: String,
    pub tags: Value,
    pub deletion_date: String,
    pub scheduled_purge_date: String,
    pub purge_protection: bool,
}

impl DeletedVault {
    pub fn id(&self) -> String {
        format!(
            "/subscriptions/{}/providers/Microsoft.KeyVault/locations/{}/deletedVaults/{}",
            self.subscription,
            normalize(&self.location),
            self.name
        )
    }

    pub fn body(&self) -> Value {
        json!({
            "id": self.id(),
            "name": self.name,
            "type": "Microsoft.KeyVault/deletedVaults",
            "properties": {
                "vaultId": self.vault_id,
                "location": normalize(&self.location),
                "tags": self.tags,
                "deletionDate": self.deletion_date,
                "scheduledPurgeDate": self.scheduled_purge_date,
                "purgeProtectionEnabled": self.purge_protection,
            }
        })
    }
}

pub fn key(subscription: &str, name: &str) -> String {
    format!(
        "{}|{}",
        subscription.to_ascii_lowercase(),
        name.to_ascii_lowercase()
    )
}

/// The deleted vaults among removed resources (soft delete is on unless `enableSoftDelete: false`).
pub fn soft_deleted(removed: &[Resource]) -> Vec<DeletedVault> {
    removed
        .iter()
        .filter(|r| r.arm_type.eq_ignore_ascii_case(VAULT_TYPE))
        .filter_map(|r| {
            let body = r.json();
            if body.pointer("/properties/enableSoftDelete") == Some(&Value::Bool(false)) {
                return None;
            }
            let parsed = aso_runtime::arm_id::parse(&r.id).ok()?;
            let retention = body
                .pointer("/properties/softDeleteRetentionInDays")
                .and_then(Value::as_i64)
                .unwrap_or(90);
            let purge_at = time::OffsetDateTime::now_utc() + time::Duration::days(retention);
            Some(DeletedVault {
                subscription: parsed.subscription.unwrap_or_default(),
                name: parsed.name,
                vault_id: r.id.clone(),
                location: body
                    .get("location")
                    .and_then(Value::as_str)
                    .unwrap_or("westus2")
                    .to_string(),
                tags: body.get("tags").cloned().unwrap_or_else(|| json!({})),
                deletion_date: crate::now_rfc3339(),
                scheduled_purge_date: crate::rfc3339(purge_at),
                purge_protection: body.pointer("/properties/enablePurgeProtection")
                    == Some(&Value::Bool(true)),
            })
        })
        .collect()
}

/// What a vault create does about a deleted vault of the same name.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateMode {
    /// No deleted vault involved.
    Normal,
    /// `createMode: recover` of a vault deleted from this resource group.
    Recover,
}

/// Checks a vault create against the deleted vaults.
pub fn before_create(
    deleted: Option<&DeletedVault>,
    subscription: &str,
    resource_group: &str,
    name: &str,
    body: &Value,
) -> Result<CreateMode, ArmError> {
    let recover = body
        .pointer("/properties/createMode")
        .and_then(Value::as_str)
        .is_some_and(|m| m.eq_ignore_ascii_case("recover"));
    match (deleted, recover) {
        (None, false) => Ok(CreateMode::Normal),
        (None, true) => Err(deleted_vault_not_found(name)),
        (Some(_), false) => Err(ArmError::new(
            409,
            "ConflictError",
            "Exist soft deleted vault with the same name.",
        )),
        (Some(d), true) => {
            let original_rg = aso_runtime::arm_id::parse(&d.vault_id)
                .ok()
                .and_then(|p| p.resource_group)
                .unwrap_or_default();
            if original_rg.eq_ignore_ascii_case(resource_group)
                && d.subscription.eq_ignore_ascii_case(subscription)
            {
                Ok(CreateMode::Recover)
            } else {
                Err(ArmError::new(
                    409,
                    "ConflictError",
                    format!(
                        "The vault '{name}' was deleted from resource group '{original_rg}' and can only be recovered there; it cannot be recovered into resource group '{resource_group}'."
                    ),
                ))
            }
        }
    }
}

pub fn deleted_vault_not_found(name: &str) -> ArmError {
    ArmError::new(
        404,
        "DeletedVaultNotFound",
        format!(
            "The specified deleted vault '{name}' does not exist. Ensure that the vault was indeed deleted and that it is in recoverable state. If soft delete was not enabled then the vault is permanently deleted. Follow this link for more information: https://go.microsoft.com/fwlink/?linkid=2149745"
        ),
    )
}

/// The final body of a purge operation's monitor.
pub fn purge_status(created: &str) -> Value {
    json!({"createdDateTime": created, "lastActionDateTime": crate::now_rfc3339(), "status": "Succeeded"})
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deleted(rg: &str) -> DeletedVault {
        DeletedVault {
            subscription: "s".into(),
            name: "kv".into(),
            vault_id: format!(
                "/subscriptions/s/resourceGroups/{rg}/providers/Microsoft.KeyVault/vaults/kv"
            ),
            location: "West US 2".into(),
            tags: json!({}),
            deletion_date: "d".into(),
            scheduled_purge_date: "p".into(),
            purge_protection: false,
        }
    }

    #[test]
    fn create_modes() {
        let recover = json!({"properties": {"createMode": "recover"}});
        let default = json!({"properties": {"createMode": "default"}});
        assert_eq!(
            before_create(None, "s", "rg", "kv", &default).unwrap(),
            CreateMode::Normal
        );
        assert_eq!(
            before_create(None, "s", "rg", "kv", &recover)
                .unwrap_err()
                .code,
            "DeletedVaultNotFound"
        );
        assert_eq!(
            before_create(Some(&deleted("rg")), "s", "RG", "kv", &recover).unwrap(),
            CreateMode::Recover
        );
        assert_eq!(
            before_create(Some(&deleted("rg")), "s", "rg", "kv", &default)
                .unwrap_err()
                .code,
            "ConflictError"
        );
        assert_eq!(
            before_create(Some(&deleted("other")), "s", "rg", "kv", &recover)
                .unwrap_err()
                .status,
            409
        );
        assert_eq!(
            deleted("rg").body()["id"],
            "/subscriptions/s/providers/Microsoft.KeyVault/locations/westus2/deletedVaults/kv"
        );
    }
}
